using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Mentorship.Domain.Documents;

/// <summary>Writes headings, paragraphs, lists and tables as Markdown or as plain text.</summary>
internal sealed class MonitoringTextWriter
{
    private readonly StringBuilder _text = new();
    private readonly bool _markdown;

    public MonitoringTextWriter(ReportTextFormat format)
    {
        _markdown = format == ReportTextFormat.Markdown;
    }

    public void Title(string text)
    {
        if (_markdown)
        {
            Line("# " + text);
        }
        else
        {
            Line(text.ToUpperInvariant());
            Line(new string('=', Math.Min(text.Length, 72)));
        }

        Blank();
    }

    public void Heading(string text)
    {
        if (_markdown)
        {
            Line("## " + text);
        }
        else
        {
            Line(text);
            Line(new string('-', Math.Min(text.Length, 72)));
        }

        Blank();
    }

    public void Subheading(string text)
    {
        Line(_markdown ? "### " + text : text + ":");
        Blank();
    }

    public void Paragraph(string text)
    {
        Line(text);
        Blank();
    }

    public void Bold(string text) => Paragraph(_markdown ? "**" + text + "**" : text);

    public void Bullets(IEnumerable<string> items)
    {
        var any = false;
        foreach (var item in items)
        {
            Line((_markdown ? "- " : "  • ") + item);
            any = true;
        }

        if (any)
        {
            Blank();
        }
    }

    public void Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        if (_markdown)
        {
            Line("| " + string.Join(" | ", header.Select(Cell)) + " |");
            Line("|" + string.Concat(header.Select(_ => "---|")));
            foreach (var row in rows)
            {
                Line("| " + string.Join(" | ", row.Select(Cell)) + " |");
            }
        }
        else
        {
            var widths = header.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
            Line(string.Join("  ", header.Select((h, i) => h.PadRight(widths[i]))).TrimEnd());
            Line(string.Join("  ", widths.Select(w => new string('-', w))));
            foreach (var row in rows)
            {
                Line(string.Join("  ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
            }
        }

        Blank();
    }

    public override string ToString() => _text.ToString();

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");

    private void Line(string text) => _text.Append(text).Append('\n');

    private void Blank() => _text.Append('\n');
}
