using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Mentorship.Domain.Documents;

/// <summary>
/// Writes headings, paragraphs, lists and tables as Markdown or as plain text of a fixed width. Plain text wraps at
/// spaces and lays tables out with <see cref="LayoutBlocks"/> (a grid when it fits, one record per row when not), the
/// same layout as the other documents.
/// </summary>
internal sealed class MonitoringTextWriter
{
    private readonly StringBuilder _text = new();
    private readonly bool _markdown;
    private readonly int _width;

    public MonitoringTextWriter(ReportTextFormat format, int width)
    {
        _markdown = format == ReportTextFormat.Markdown;
        _width = width;
    }

    public void Title(string text)
    {
        if (_markdown)
        {
            Line("# " + text);
        }
        else
        {
            Wrapped(text.ToUpperInvariant(), string.Empty, string.Empty);
            Line(new string('=', Math.Min(text.Length, _width)));
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
            Wrapped(text, string.Empty, string.Empty);
            Line(new string('-', Math.Min(text.Length, _width)));
        }

        Blank();
    }

    public void Subheading(string text)
    {
        if (_markdown)
        {
            Line("### " + text);
        }
        else
        {
            Wrapped(text + ":", string.Empty, string.Empty);
        }

        Blank();
    }

    public void Paragraph(string text)
    {
        if (_markdown)
        {
            Line(text);
        }
        else
        {
            Wrapped(text, string.Empty, string.Empty);
        }

        Blank();
    }

    public void Bold(string text) => Paragraph(_markdown ? "**" + text + "**" : text);

    public void Bullets(IEnumerable<string> items)
    {
        var any = false;
        foreach (var item in items)
        {
            if (_markdown)
            {
                Line("- " + item);
            }
            else
            {
                Wrapped(item, "  • ", "    ");
            }

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
            _text.Append(new LayoutBlocks(_width).Table(header, rows).ToPlainText());
        }

        Blank();
    }

    public override string ToString() => _text.ToString().TrimEnd('\n') + "\n";

    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");

    private void Wrapped(string text, string first, string next)
    {
        var lines = LayoutBlocks.Wrap(text, _width - first.Length);
        for (var i = 0; i < lines.Count; i++)
        {
            Line((i == 0 ? first : next) + lines[i]);
        }
    }

    private void Line(string text) => _text.Append(text).Append('\n');

    private void Blank() => _text.Append('\n');
}
