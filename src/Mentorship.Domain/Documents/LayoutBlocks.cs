using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Mentorship.Domain.Documents;

/// <summary>
/// A printable document as a list of blocks (lines, headings, paragraphs, numbered items, tables, signature lines),
/// written out as Markdown or as plain text of a fixed width. The two forms say the same words.
/// </summary>
internal sealed class LayoutBlocks
{
    private readonly List<Block> _blocks = [];

    /// <summary>Creates an empty document.</summary>
    /// <param name="width">The width of plain text, in characters.</param>
    public LayoutBlocks(int width = RenderedDocument.DefaultWidth) => Width = width;

    /// <summary>The width of plain text, in characters.</summary>
    public int Width { get; }

    private enum Kind
    {
        Centered,
        Title,
        Heading,
        Paragraph,
        Item,
        Table,
        Signature,
        Split,
    }

    public LayoutBlocks Centered(string text) => Add(Kind.Centered, text);

    public LayoutBlocks Title(string text) => Add(Kind.Title, text);

    public LayoutBlocks Heading(string text) => Add(Kind.Heading, text);

    public LayoutBlocks Paragraph(string text) => Add(Kind.Paragraph, text);

    /// <summary>A numbered item: the number is part of the text («1.», «1.1.»).</summary>
    public LayoutBlocks Item(string number, string text) => Add(Kind.Item, number, text);

    /// <summary>Text at the left and at the right of one line (a date and a number; a post and a name).</summary>
    public LayoutBlocks Split(string left, string right) => Add(Kind.Split, left, right);

    /// <summary>A signature line: the post, a blank to sign on, the name.</summary>
    public LayoutBlocks Signature(string post, string name) => Add(Kind.Signature, post, name);

    public LayoutBlocks Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var block = new Block(Kind.Table, [.. headers]) { Rows = rows.Select(r => r.ToArray()).ToList() };
        _blocks.Add(block);
        return this;
    }

    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        foreach (var b in _blocks)
        {
            switch (b.Kind)
            {
                case Kind.Centered:
                    sb.Append("**").Append(Escape(b.Texts[0])).Append("**\n\n");
                    break;
                case Kind.Title:
                    sb.Append("# ").Append(Escape(b.Texts[0])).Append("\n\n");
                    break;
                case Kind.Heading:
                    sb.Append("## ").Append(Escape(b.Texts[0])).Append("\n\n");
                    break;
                case Kind.Paragraph:
                    sb.Append(Escape(b.Texts[0])).Append("\n\n");
                    break;
                case Kind.Item:
                    sb.Append(b.Texts[0]).Append(' ').Append(Escape(b.Texts[1])).Append("\n\n");
                    break;
                case Kind.Split:
                    sb.Append(Escape(b.Texts[0])).Append(" — ").Append(Escape(b.Texts[1])).Append("\n\n");
                    break;
                case Kind.Signature:
                    sb.Append(Escape(b.Texts[0])).Append(" ____________ ").Append(Escape(b.Texts[1])).Append("\n\n");
                    break;
                case Kind.Table:
                    sb.Append("| ").Append(string.Join(" | ", b.Texts.Select(Cell))).Append(" |\n");
                    sb.Append('|').Append(string.Concat(b.Texts.Select(_ => "---|"))).Append('\n');
                    foreach (var row in b.Rows!)
                    {
                        sb.Append("| ").Append(string.Join(" | ", row.Select(Cell))).Append(" |\n");
                    }

                    sb.Append('\n');
                    break;
            }
        }

        return sb.ToString().TrimEnd('\n') + "\n";
    }

    public string ToPlainText()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < _blocks.Count; i++)
        {
            var b = _blocks[i];
            switch (b.Kind)
            {
                case Kind.Centered:
                case Kind.Title:
                    foreach (var line in Wrap(b.Kind == Kind.Title ? b.Texts[0].ToUpperInvariant() : b.Texts[0], Width))
                    {
                        sb.Append(new string(' ', Math.Max(0, (Width - line.Length) / 2))).Append(line).Append('\n');
                    }

                    sb.Append('\n');
                    break;
                case Kind.Heading:
                    sb.Append(b.Texts[0]).Append('\n').Append(new string('-', Math.Min(Width, b.Texts[0].Length))).Append("\n\n");
                    break;
                case Kind.Paragraph:
                    AppendLines(sb, Wrap(b.Texts[0], Width), string.Empty, string.Empty);
                    break;
                case Kind.Item:
                    AppendLines(sb, Wrap(b.Texts[1], Width - b.Texts[0].Length - 1), b.Texts[0] + " ", new string(' ', b.Texts[0].Length + 1));
                    break;
                case Kind.Split:
                    AppendSpread(sb, b.Texts[0], b.Texts[1]);
                    break;
                case Kind.Signature:
                    AppendSpread(sb, b.Texts[0] + " ____________", b.Texts[1]);
                    if (i + 1 < _blocks.Count && _blocks[i + 1].Kind == Kind.Signature)
                    {
                        sb.Length--;
                    }

                    break;
                case Kind.Table:
                    AppendTable(sb, b.Texts, b.Rows!);
                    break;
            }
        }

        return sb.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Splits text into lines of at most <paramref name="width"/> characters at spaces (a longer word is cut).</summary>
    internal static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            foreach (var word in paragraph.Split([' '], StringSplitOptions.RemoveEmptyEntries))
            {
                var rest = word;
                while (rest.Length > width)
                {
                    if (line.Length > 0)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                    }

                    lines.Add(rest.Substring(0, width));
                    rest = rest.Substring(width);
                }

                if (line.Length > 0 && line.Length + 1 + rest.Length > width)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                if (line.Length > 0)
                {
                    line.Append(' ');
                }

                line.Append(rest);
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>Left text at the left and right text at the right of one line; on two lines when they do not fit together.</summary>
    private void AppendSpread(StringBuilder sb, string left, string right)
    {
        if (left.Length + 1 + right.Length <= Width)
        {
            sb.Append(left).Append(' ', Width - left.Length - right.Length).Append(right).Append("\n\n");
            return;
        }

        foreach (var line in Wrap(left, Width))
        {
            sb.Append(line).Append('\n');
        }

        foreach (var line in Wrap(right, Width))
        {
            sb.Append(' ', Width - line.Length).Append(line).Append('\n');
        }

        sb.Append('\n');
    }

    private static void AppendLines(StringBuilder sb, List<string> lines, string first, string rest)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            sb.Append(i == 0 ? first : rest).Append(lines[i]).Append('\n');
        }

        sb.Append('\n');
    }

    /// <summary>
    /// A grid when every column fits its longest word within the width (cells wrapped at spaces); otherwise one record
    /// per row, «header: value» lines, so that no word is ever cut.
    /// </summary>
    private void AppendTable(StringBuilder sb, string[] headers, List<string[]> rows)
    {
        var columns = headers.Length;
        var all = rows.Prepend(headers).Select(r => Enumerable.Range(0, columns).Select(c => c < r.Length ? r[c] : string.Empty).ToArray()).ToArray();
        var budget = Width - (3 * columns) - 1;
        var least = Enumerable.Range(0, columns).Select(c => all.Max(r => LongestWord(r[c]))).ToArray();
        if (least.Sum() > budget)
        {
            AppendRecords(sb, headers, all.Skip(1));
            return;
        }

        var widths = Enumerable.Range(0, columns).Select(c => all.Max(r => r[c].Length)).ToArray();
        while (widths.Sum() > budget)
        {
            // Narrow the column with the most room above its longest word.
            var c = Enumerable.Range(0, columns).OrderByDescending(i => widths[i] - least[i]).ThenByDescending(i => widths[i]).First();
            widths[c]--;
        }

        var rule = "+" + string.Concat(widths.Select(w => new string('-', w + 2) + "+"));
        sb.Append(rule).Append('\n');
        for (var r = 0; r < all.Length; r++)
        {
            var cells = Enumerable.Range(0, columns).Select(c => Wrap(all[r][c], widths[c])).ToArray();
            var height = cells.Max(c => c.Count);
            for (var line = 0; line < height; line++)
            {
                sb.Append('|');
                for (var c = 0; c < columns; c++)
                {
                    var text = line < cells[c].Count ? cells[c][line] : string.Empty;
                    sb.Append(' ').Append(text).Append(' ', widths[c] - text.Length + 1).Append('|');
                }

                sb.Append('\n');
            }

            if (r == 0 || r == all.Length - 1)
            {
                sb.Append(rule).Append('\n');
            }
        }

        sb.Append('\n');
    }

    private void AppendRecords(StringBuilder sb, string[] headers, IEnumerable<string[]> rows)
    {
        foreach (var row in rows)
        {
            for (var c = 0; c < headers.Length; c++)
            {
                var value = row[c].Length == 0 ? "—" : row[c];
                var first = c == 0 ? string.Empty : "  ";
                var lines = Wrap(headers[c] + ": " + value, Width - first.Length - 2);
                for (var i = 0; i < lines.Count; i++)
                {
                    sb.Append(i == 0 ? first : first + "  ").Append(lines[i]).Append('\n');
                }
            }

            sb.Append('\n');
        }
    }

    private static int LongestWord(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("*", "\\*").Replace("_", "\\_").Replace("#", "\\#").Replace("<", "&lt;").Replace("\n", "  \n");

    private static string Cell(string text) => Escape(text).Replace("|", "\\|").Replace("  \n", "<br>");

    private LayoutBlocks Add(Kind kind, params string[] texts)
    {
        _blocks.Add(new Block(kind, texts));
        return this;
    }

    private sealed class Block(Kind kind, string[] texts)
    {
        public Kind Kind { get; } = kind;

        public string[] Texts { get; } = texts;

        public List<string[]>? Rows { get; init; }
    }
}
