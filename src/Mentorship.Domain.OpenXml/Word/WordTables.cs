using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Mentorship.Domain.Documents;

namespace Mentorship.Domain.OpenXml.Word;

/// <summary>Word tables: a document's bordered tables and the borderless tables of signature lines.</summary>
internal static class WordTables
{
    /// <summary>The narrowest column, in twips (about 1 cm).</summary>
    private static readonly int MinColumn = WordPage.Mm(10);

    /// <summary>
    /// A bordered table over the text width, 12 pt, the header row bold, centred and repeated on every page. Columns
    /// are as wide as their text needs: at least the longest word, shared out by the length of the text.
    /// </summary>
    public static Table Grid(DocumentTable source)
    {
        var widths = ColumnWidths(source);
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = WordStyles.Grid },
                new TableWidth { Width = WordPage.TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(source.Headers, widths, header: true));
        foreach (var row in source.Rows)
        {
            table.Append(Row(row, widths, header: false));
        }

        return table;
    }

    /// <summary>
    /// Signature lines as a borderless table: who at the left, a line to sign on in the middle, the name (or the date)
    /// at the right; room above each line to sign.
    /// </summary>
    public static Table Signatures(IReadOnlyList<DocumentBlock> lines)
    {
        // The right column as wide as its longest text at 14 pt (a name, ««___» __________ 20__ г.»), within two fifths.
        var right = Math.Min(WordPage.TextWidth * 2 / 5, Math.Max(WordPage.Mm(40), (lines.Max(l => (l.Right ?? string.Empty).Length) * 140) + 200));
        var widths = new[] { 0, WordPage.Mm(35), right };
        widths[0] = WordPage.TextWidth - widths[1] - widths[2];
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = WordPage.TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Nil },
                    new LeftBorder { Val = BorderValues.Nil },
                    new BottomBorder { Val = BorderValues.Nil },
                    new RightBorder { Val = BorderValues.Nil },
                    new InsideHorizontalBorder { Val = BorderValues.Nil },
                    new InsideVerticalBorder { Val = BorderValues.Nil }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        foreach (var line in lines)
        {
            table.Append(new TableRow(
                new TableRowProperties(new CantSplit()),
                SignatureCell(line.Text, widths[0], JustificationValues.Left),
                SignatureCell("____________", widths[1], JustificationValues.Center),
                SignatureCell(line.Right ?? string.Empty, widths[2], JustificationValues.Right)));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        }

        for (var c = 0; c < widths.Length; c++)
        {
            var text = c < cells.Count ? cells[c] : string.Empty;
            var paragraph = new Paragraph(
                new ParagraphProperties(
                    new ParagraphStyleId { Val = WordStyles.TableText },
                    new Justification { Val = header || IsShort(text) ? JustificationValues.Center : JustificationValues.Left }),
                WordBodyBuilder.Run(CellText(text), bold: header));
            row.Append(new TableCell(
                new TableCellProperties(
                    new TableCellWidth { Width = widths[c].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                    new TableCellVerticalAlignment { Val = header ? TableVerticalAlignmentValues.Center : TableVerticalAlignmentValues.Top }),
                paragraph));
        }

        return row;
    }

    private static TableCell SignatureCell(string text, int width, JustificationValues alignment) =>
        new(
            new TableCellProperties(
                new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Bottom }),
            new Paragraph(
                new ParagraphProperties(
                    new SpacingBetweenLines { Before = "240", After = "0" },
                    new Justification { Val = alignment }),
                WordBodyBuilder.Run(text)));

    /// <summary>A cell's text as printed: a share's «%» stays with its number.</summary>
    private static string CellText(string text) => text.Replace(" %", "\u00a0%");

    /// <summary>A number, a date, a share: centred in its cell.</summary>
    private static bool IsShort(string text) => text.Length <= 12 && !text.Any(char.IsLetter) || text.Length <= 3;

    /// <summary>
    /// Widths in twips summing to the text width: each column gets at least its longest word (about 110 twips a
    /// character at 12 pt) and at least <see cref="MinColumn"/>; the rest is shared by the average length of its text.
    /// </summary>
    internal static int[] ColumnWidths(DocumentTable table)
    {
        const int perCharacter = 135;
        var columns = table.Headers.Count;
        var all = table.Rows.Prepend(table.Headers).Select(r => r.Select(CellText).ToArray()).ToArray();
        var least = new int[columns];
        var weight = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            var longestWord = all.Max(r => LongestWord(r[c]));
            least[c] = Math.Max(MinColumn, (longestWord * perCharacter) + 250);
            weight[c] = all.Average(r => (double)r[c].Length) + 1;
        }

        var total = WordPage.TextWidth;
        if (least.Sum() >= total)
        {
            // Too many columns for their words: share the width by need, words will break.
            var sum = least.Sum();
            least = least.Select(l => Math.Max(MinColumn / 2, l * total / sum)).ToArray();
            return Fit(least, total);
        }

        var rest = total - least.Sum();
        var weights = weight.Sum();
        var widths = least.Select((l, c) => l + (int)(rest * weight[c] / weights)).ToArray();
        return Fit(widths, total);
    }

    private static int[] Fit(int[] widths, int total)
    {
        widths[Array.IndexOf(widths, widths.Max())] += total - widths.Sum();
        return widths;
    }

    private static int LongestWord(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
}
