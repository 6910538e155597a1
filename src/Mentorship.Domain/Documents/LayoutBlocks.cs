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
    private readonly List<DocumentBlock> _blocks = [];

    /// <summary>Creates an empty document.</summary>
    /// <param name="width">The width of plain text, in characters.</param>
    public LayoutBlocks(int width = RenderedDocument.DefaultWidth) => Width = width;

    /// <summary>The width of plain text, in characters.</summary>
    public int Width { get; }

    /// <summary>The blocks so far.</summary>
    public IReadOnlyList<DocumentBlock> Blocks => _blocks;

    public LayoutBlocks Centered(string text) => Add(DocumentBlock.Of(DocumentBlockKind.Centered, text));

    public LayoutBlocks Title(string text) => Add(DocumentBlock.Of(DocumentBlockKind.Title, text));

    public LayoutBlocks Heading(string text) => Add(DocumentBlock.Of(DocumentBlockKind.Heading, text));

    public LayoutBlocks Paragraph(string text) => Add(DocumentBlock.Of(DocumentBlockKind.Paragraph, text));

    /// <summary>A numbered item: the number is part of the text («1.», «1.1.»).</summary>
    public LayoutBlocks Item(string number, string text) => Add(DocumentBlock.Item(number, text));

    /// <summary>Text at the left and at the right of one line (a date and a number; a post and a name).</summary>
    public LayoutBlocks Split(string left, string right) => Add(DocumentBlock.Pair(DocumentBlockKind.Split, left, right));

    /// <summary>A signature line: the post, a blank to sign on, the name.</summary>
    public LayoutBlocks Signature(string post, string name) => Add(DocumentBlock.Pair(DocumentBlockKind.Signature, post, name));

    /// <summary>The approval block: «УТВЕРЖДАЮ», the post with a blank and the name, the date line.</summary>
    public LayoutBlocks Approval(string post, string name, string date) => Add(DocumentBlock.Approval(post, name, date));

    public LayoutBlocks Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows) => Add(DocumentBlock.Grid(new DocumentTable(headers, rows)));

    /// <summary>The blocks as the content model of a document with this title.</summary>
    public DocumentContent ToContent(string title) => new(title, _blocks.ToArray());

    public string ToMarkdown() => ToMarkdown(_blocks);

    public string ToPlainText() => ToPlainText(_blocks, Width);

    /// <summary>Writes blocks as Markdown; charts are left out (their figures are in tables).</summary>
    public static string ToMarkdown(IReadOnlyList<DocumentBlock> blocks)
    {
        var sb = new StringBuilder();
        foreach (var b in blocks)
        {
            switch (b.Kind)
            {
                case DocumentBlockKind.Centered:
                case DocumentBlockKind.Strong:
                    sb.Append("**").Append(Escape(b.Text)).Append("**\n\n");
                    break;
                case DocumentBlockKind.Title:
                    sb.Append("# ").Append(Escape(b.Text)).Append("\n\n");
                    break;
                case DocumentBlockKind.Heading:
                    sb.Append("## ").Append(Escape(b.Text)).Append("\n\n");
                    break;
                case DocumentBlockKind.Subheading:
                    sb.Append("### ").Append(Escape(b.Text)).Append("\n\n");
                    break;
                case DocumentBlockKind.Paragraph:
                    sb.Append(Escape(b.Text)).Append("\n\n");
                    break;
                case DocumentBlockKind.Item:
                    sb.Append(b.Label).Append(' ').Append(Escape(b.Text)).Append("\n\n");
                    break;
                case DocumentBlockKind.Bullets:
                    foreach (var item in b.Items)
                    {
                        sb.Append("- ").Append(Escape(item)).Append('\n');
                    }

                    sb.Append('\n');
                    break;
                case DocumentBlockKind.Split:
                    sb.Append(Escape(b.Text)).Append(" — ").Append(Escape(b.Right!)).Append("\n\n");
                    break;
                case DocumentBlockKind.Signature:
                    sb.Append(Escape(b.Text)).Append(" ____________ ").Append(Escape(b.Right!)).Append("\n\n");
                    break;
                case DocumentBlockKind.Approval:
                    sb.Append(DocumentBlock.ApprovalWord).Append("\n\n");
                    sb.Append(Escape(b.Text)).Append(" ____________ ").Append(Escape(b.Right!)).Append("\n\n");
                    sb.Append(Escape(b.Label!)).Append("\n\n");
                    break;
                case DocumentBlockKind.Table:
                    var table = b.Table!;
                    sb.Append("| ").Append(string.Join(" | ", table.Headers.Select(Cell))).Append(" |\n");
                    sb.Append('|').Append(string.Concat(table.Headers.Select(_ => "---|"))).Append('\n');
                    foreach (var row in table.Rows)
                    {
                        sb.Append("| ").Append(string.Join(" | ", row.Select(Cell))).Append(" |\n");
                    }

                    sb.Append('\n');
                    break;
            }
        }

        return sb.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Writes blocks as plain text of a width; charts are left out (their figures are in tables).</summary>
    public static string ToPlainText(IReadOnlyList<DocumentBlock> blocks, int width)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            switch (b.Kind)
            {
                case DocumentBlockKind.Centered:
                case DocumentBlockKind.Title:
                    foreach (var line in Wrap(b.Kind == DocumentBlockKind.Title ? b.Text.ToUpperInvariant() : b.Text, width))
                    {
                        sb.Append(new string(' ', Math.Max(0, (width - line.Length) / 2))).Append(line).Append('\n');
                    }

                    sb.Append('\n');
                    break;
                case DocumentBlockKind.Heading:
                    sb.Append(b.Text).Append('\n').Append(new string('-', Math.Min(width, b.Text.Length))).Append("\n\n");
                    break;
                case DocumentBlockKind.Subheading:
                    AppendLines(sb, Wrap(b.Text + ":", width), string.Empty, string.Empty);
                    break;
                case DocumentBlockKind.Paragraph:
                case DocumentBlockKind.Strong:
                    AppendLines(sb, Wrap(b.Text, width), string.Empty, string.Empty);
                    break;
                case DocumentBlockKind.Item:
                    AppendLines(sb, Wrap(b.Text, width - b.Label!.Length - 1), b.Label + " ", new string(' ', b.Label.Length + 1));
                    break;
                case DocumentBlockKind.Bullets:
                    foreach (var item in b.Items)
                    {
                        var lines = Wrap(item, width - 4);
                        for (var l = 0; l < lines.Count; l++)
                        {
                            sb.Append(l == 0 ? "  • " : "    ").Append(lines[l]).Append('\n');
                        }
                    }

                    sb.Append('\n');
                    break;
                case DocumentBlockKind.Split:
                    AppendSpread(sb, b.Text, b.Right!, width);
                    break;
                case DocumentBlockKind.Signature:
                    AppendSpread(sb, b.Text + " ____________", b.Right!, width);
                    if (i + 1 < blocks.Count && blocks[i + 1].Kind == DocumentBlockKind.Signature)
                    {
                        sb.Length--;
                    }

                    break;
                case DocumentBlockKind.Approval:
                    AppendLines(sb, Wrap(DocumentBlock.ApprovalWord, width), string.Empty, string.Empty);
                    AppendSpread(sb, b.Text + " ____________", b.Right!, width);
                    AppendLines(sb, Wrap(b.Label!, width), string.Empty, string.Empty);
                    break;
                case DocumentBlockKind.Table:
                    AppendTable(sb, b.Table!, width);
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
    private static void AppendSpread(StringBuilder sb, string left, string right, int width)
    {
        if (left.Length + 1 + right.Length <= width)
        {
            sb.Append(left).Append(' ', width - left.Length - right.Length).Append(right).Append("\n\n");
            return;
        }

        foreach (var line in Wrap(left, width))
        {
            sb.Append(line).Append('\n');
        }

        foreach (var line in Wrap(right, width))
        {
            sb.Append(' ', width - line.Length).Append(line).Append('\n');
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
    private static void AppendTable(StringBuilder sb, DocumentTable table, int width)
    {
        var headers = table.Headers;
        var rows = table.Rows;
        var columns = headers.Count;
        var all = rows.Prepend(headers).Select(r => Enumerable.Range(0, columns).Select(c => c < r.Count ? r[c] : string.Empty).ToArray()).ToArray();
        var budget = width - (3 * columns) - 1;
        var least = Enumerable.Range(0, columns).Select(c => all.Max(r => LongestWord(r[c]))).ToArray();
        if (least.Sum() > budget)
        {
            AppendRecords(sb, headers, all.Skip(1), width);
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

    private static void AppendRecords(StringBuilder sb, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, int width)
    {
        foreach (var row in rows)
        {
            for (var c = 0; c < headers.Count; c++)
            {
                var value = row[c].Length == 0 ? "—" : row[c];
                var first = c == 0 ? string.Empty : "  ";
                var lines = Wrap(c == 0 && value == DocumentTable.Total ? value : headers[c] + ": " + value, width - first.Length - 2);
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

    private LayoutBlocks Add(DocumentBlock block)
    {
        _blocks.Add(block);
        return this;
    }
}
