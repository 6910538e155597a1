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
    /// A bordered table over the text width, the header row bold, centred and repeated on every page, no row split
    /// across pages. Columns are as wide as their text needs: at least the longest word, shared out by the length of
    /// the text. A table too wide for its words at 12 pt is set smaller (down to 8 pt, with narrower cell margins)
    /// so that no word breaks; only a table too wide even then breaks words.
    /// </summary>
    public static Table Grid(DocumentTable source)
    {
        var layout = Layout(source);
        var widths = layout.Widths;
        var properties = new TableProperties(
            new TableStyle { Val = WordStyles.Grid },
            new TableWidth { Width = WordPage.TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed });
        if (layout.HalfPoints != TableHalfPoints[0])
        {
            properties.Append(new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = (short)CompactMargin, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = (short)CompactMargin, Type = TableWidthValues.Dxa }));
        }

        properties.Append(new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true });
        var table = new Table(properties, new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        var size = layout.HalfPoints == TableHalfPoints[0] ? null : layout.HalfPoints.ToString(CultureInfo.InvariantCulture);
        table.Append(Row(source.Headers, widths, header: true, size));
        foreach (var row in source.Rows)
        {
            table.Append(Row(row, widths, header: false, size));
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

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, bool header, string? size)
    {
        var row = new TableRow(header ? new TableRowProperties(new TableHeader(), new CantSplit()) : new TableRowProperties(new CantSplit()));

        for (var c = 0; c < widths.Length; c++)
        {
            var text = c < cells.Count ? cells[c] : string.Empty;
            var paragraph = new Paragraph(
                new ParagraphProperties(
                    new ParagraphStyleId { Val = WordStyles.TableText },
                    new Justification { Val = header || IsShort(text) ? JustificationValues.Center : JustificationValues.Left }),
                WordBodyBuilder.Run(CellText(text), bold: header, size));
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

    /// <summary>The sizes a table may be set in, in half-points: 12 pt (the house size), then smaller for wide tables.</summary>
    private static readonly int[] TableHalfPoints = [24, 22, 20, 18, 16];

    /// <summary>The left and right cell margin of a table set smaller than 12 pt, in twips (1 mm).</summary>
    private const int CompactMargin = 57;

    /// <summary>The default left plus right cell margin of the grid style, in twips (2 × 0.19 cm), with a little slack.</summary>
    private const int DefaultMargins = 250;

    /// <summary>
    /// Widths in twips summing to the text width and the size the table is set in: each column gets at least its
    /// longest word (about 120 twips a character at 12 pt, in proportion at smaller sizes, bold header words a tenth
    /// wider and one letter longer) and at least <see cref="MinColumn"/>; the rest is shared by the average length of its text. The largest
    /// size at which every column holds its longest word wins; at 8 pt words may break.
    /// </summary>
    internal static (int[] Widths, int HalfPoints) Layout(DocumentTable table)
    {
        var columns = table.Headers.Count;
        var header = table.Headers.Select(CellText).ToArray();
        var rows = table.Rows.Select(r => Enumerable.Range(0, columns).Select(c => c < r.Count ? CellText(r[c]) : string.Empty).ToArray()).ToArray();
        var weight = new double[columns];
        var longestHeaderWord = new int[columns];
        var longestWord = new int[columns];
        for (var c = 0; c < columns; c++)
        {
            longestHeaderWord[c] = LongestWord(header[c]);
            longestWord[c] = rows.Select(r => LongestWord(r[c])).DefaultIfEmpty(0).Max();
            weight[c] = rows.Select(r => (double)r[c].Length).Append(header[c].Length).Average() + 1;
        }

        var total = WordPage.TextWidth;
        int[] least = [];
        foreach (var halfPoints in TableHalfPoints)
        {
            var perCharacter = 120.0 * halfPoints / TableHalfPoints[0];
            var margins = halfPoints == TableHalfPoints[0] ? DefaultMargins : (2 * CompactMargin) + 30;
            var minimum = halfPoints == TableHalfPoints[0] ? MinColumn : MinColumn * 2 / 3;
            least = Enumerable.Range(0, columns)
                .Select(c => Math.Max(minimum, (int)Math.Ceiling(Math.Max(longestWord[c], (longestHeaderWord[c] + 1) * 1.1) * perCharacter) + margins))
                .ToArray();
            if (least.Sum() <= total)
            {
                var rest = total - least.Sum();
                var weights = weight.Sum();
                return (Fit(least.Select((l, c) => l + (int)(rest * weight[c] / weights)).ToArray(), total), halfPoints);
            }
        }

        // Too many columns for their words even at the smallest size: share the width by need, words will break.
        var sum = least.Sum();
        return (Fit(least.Select(l => Math.Max(MinColumn / 2, l * total / sum)).ToArray(), total), TableHalfPoints[^1]);
    }

    /// <summary>The column widths of <see cref="Layout"/>.</summary>
    internal static int[] ColumnWidths(DocumentTable table) => Layout(table).Widths;

    private static int[] Fit(int[] widths, int total)
    {
        widths[Array.IndexOf(widths, widths.Max())] += total - widths.Sum();
        return widths;
    }

    private static int LongestWord(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
}
