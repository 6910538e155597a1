using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Mentorship.Domain.Documents;

/// <summary>
/// Collects a monitoring report's headings, paragraphs, lists, tables and charts as <see cref="DocumentBlock"/>s and
/// writes them as Markdown or as plain text of a fixed width (charts are left out of both: their figures are in
/// tables). Plain text wraps at spaces and lays tables out with <see cref="LayoutBlocks"/> (a grid when it fits, one
/// record per row when not), the same layout as the other documents.
/// </summary>
internal sealed class MonitoringTextWriter
{
    private readonly List<DocumentBlock> _blocks = [];

    public void Title(string text) => _blocks.Add(DocumentBlock.Of(DocumentBlockKind.Title, text));

    public void Heading(string text) => _blocks.Add(DocumentBlock.Of(DocumentBlockKind.Heading, text));

    public void Subheading(string text) => _blocks.Add(DocumentBlock.Of(DocumentBlockKind.Subheading, text));

    public void Paragraph(string text) => _blocks.Add(DocumentBlock.Of(DocumentBlockKind.Paragraph, text));

    public void Bold(string text) => _blocks.Add(DocumentBlock.Of(DocumentBlockKind.Strong, text));

    public void Bullets(IEnumerable<string> items)
    {
        var list = items.ToArray();
        if (list.Length > 0)
        {
            _blocks.Add(DocumentBlock.List(list));
        }
    }

    public void Table(IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows) => _blocks.Add(DocumentBlock.Grid(new DocumentTable(header, rows)));

    public void Chart(DocumentChart chart) => _blocks.Add(DocumentBlock.Figure(chart));

    /// <summary>The blocks as the content model of a document with this title.</summary>
    public DocumentContent ToContent(string title) => new(title, _blocks.ToArray());

    /// <summary>Writes a report's blocks as Markdown or plain text of a width.</summary>
    public static string Write(IReadOnlyList<DocumentBlock> blocks, ReportTextFormat format, int width) => new Text(format, width).Write(blocks);

    private sealed class Text(ReportTextFormat format, int width)
    {
        private readonly StringBuilder _text = new();
        private readonly bool _markdown = format == ReportTextFormat.Markdown;

        public string Write(IReadOnlyList<DocumentBlock> blocks)
        {
            foreach (var b in blocks)
            {
                switch (b.Kind)
                {
                    case DocumentBlockKind.Title:
                        Title(b.Text);
                        break;
                    case DocumentBlockKind.Heading:
                        Heading(b.Text);
                        break;
                    case DocumentBlockKind.Subheading:
                        Subheading(b.Text);
                        break;
                    case DocumentBlockKind.Strong:
                        Paragraph(_markdown ? "**" + b.Text + "**" : b.Text);
                        break;
                    case DocumentBlockKind.Bullets:
                        Bullets(b.Items);
                        break;
                    case DocumentBlockKind.Table:
                        Table(b.Table!);
                        break;
                    case DocumentBlockKind.Chart:
                        break;
                    default:
                        Paragraph(b.Text);
                        break;
                }
            }

            return _text.ToString().TrimEnd('\n') + "\n";
        }

        private void Title(string text)
        {
            if (_markdown)
            {
                Line("# " + text);
            }
            else
            {
                Wrapped(text.ToUpperInvariant(), string.Empty, string.Empty);
                Line(new string('=', Math.Min(text.Length, width)));
            }

            Blank();
        }

        private void Heading(string text)
        {
            if (_markdown)
            {
                Line("## " + text);
            }
            else
            {
                Wrapped(text, string.Empty, string.Empty);
                Line(new string('-', Math.Min(text.Length, width)));
            }

            Blank();
        }

        private void Subheading(string text)
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

        private void Paragraph(string text)
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

        private void Bullets(IReadOnlyList<string> items)
        {
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
            }

            Blank();
        }

        private void Table(DocumentTable table)
        {
            if (_markdown)
            {
                Line("| " + string.Join(" | ", table.Headers.Select(Cell)) + " |");
                Line("|" + string.Concat(table.Headers.Select(_ => "---|")));
                foreach (var row in table.Rows)
                {
                    Line("| " + string.Join(" | ", row.Select(Cell)) + " |");
                }
            }
            else
            {
                _text.Append(LayoutBlocks.ToPlainText([DocumentBlock.Grid(table)], width));
            }

            Blank();
        }

        private static string Cell(string text) => text.Replace("|", "\\|").Replace("\n", " ");

        private void Wrapped(string text, string first, string next)
        {
            var lines = LayoutBlocks.Wrap(text, width - first.Length);
            for (var i = 0; i < lines.Count; i++)
            {
                Line((i == 0 ? first : next) + lines[i]);
            }
        }

        private void Line(string text) => _text.Append(text).Append('\n');

        private void Blank() => _text.Append('\n');
    }
}
