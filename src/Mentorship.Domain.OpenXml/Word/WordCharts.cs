using System;
using System.Globalization;
using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Mentorship.Domain.Documents;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Mentorship.Domain.OpenXml.Word;

/// <summary>
/// A <see cref="DocumentChart"/> as a native Word chart (horizontal clustered bars, values labelled), with its data
/// in an embedded workbook so that Word's «Изменить данные» opens it; LibreOffice draws it from the cached values.
/// </summary>
internal static class WordCharts
{
    private const long EmuPerTwip = 635;
    private const long EmuPerCentimetre = 360000;
    private const string Sheet = "Sheet1";

    private static readonly string[] Colours = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E", "636363", "997300"];

    public static W.Paragraph Add(MainDocumentPart main, DocumentChart chart, int number)
    {
        var part = main.AddNewPart<ChartPart>();
        var workbook = part.AddNewPart<EmbeddedPackagePart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using (var data = new MemoryStream())
        {
            WriteWorkbook(chart, data);
            data.Position = 0;
            workbook.FeedData(data);
        }

        part.ChartSpace = ChartSpace(chart, part.GetIdOfPart(workbook));
        part.ChartSpace.Save();

        var width = WordPage.TextWidth * EmuPerTwip;
        var rows = chart.Categories.Count * ((0.32 * chart.Series.Count) + 0.35);
        var height = (long)(Math.Min(22, Math.Max(7, 3.5 + rows)) * EmuPerCentimetre);
        var inline = new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = (UInt32Value)(uint)(1000 + number), Name = "Диаграмма " + number.ToString(CultureInfo.InvariantCulture), Description = chart.Title },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = main.GetIdOfPart(part) }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return new W.Paragraph(
            new W.ParagraphProperties(
                new W.KeepLines(),
                new W.SpacingBetweenLines { Before = "120", After = "240" },
                new W.Justification { Val = W.JustificationValues.Center }),
            new W.Run(new W.Drawing(inline)));
    }

    private static C.ChartSpace ChartSpace(DocumentChart chart, string workbookId)
    {
        var n = chart.Categories.Count;
        var bar = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Bar },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var column = ColumnName(s + 1);
            bar.Append(new C.BarChartSeries(
                new C.Index { Val = (uint)s },
                new C.Order { Val = (uint)s },
                new C.SeriesText(new C.StringReference(
                    new C.Formula($"{Sheet}!${column}$1"),
                    new C.StringCache(new C.PointCount { Val = 1U }, new C.StringPoint(new C.NumericValue(series.Name)) { Index = 0U }))),
                new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = Colours[s % Colours.Length] })),
                new C.InvertIfNegative { Val = false },
                new C.DataLabels(
                    new C.NumberingFormat { FormatCode = "[$-419]0.0", SourceLinked = false },
                    TextProperties(900, bold: false),
                    new C.ShowLegendKey { Val = false },
                    new C.ShowValue { Val = true },
                    new C.ShowCategoryName { Val = false },
                    new C.ShowSeriesName { Val = false },
                    new C.ShowPercent { Val = false },
                    new C.ShowBubbleSize { Val = false }),
                new C.CategoryAxisData(new C.StringReference(
                    new C.Formula($"{Sheet}!$A$2:$A${n + 1}"),
                    Strings(chart))),
                new C.Values(new C.NumberReference(
                    new C.Formula($"{Sheet}!${column}$2:${column}${n + 1}"),
                    Numbers(series)))));
        }

        bar.Append(new C.GapWidth { Val = 60 });
        bar.Append(new C.AxisId { Val = 1U });
        bar.Append(new C.AxisId { Val = 2U });

        var scaling = new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax });
        if (chart.Maximum is { } max)
        {
            scaling.Append(new C.MaxAxisValue { Val = max });
        }

        scaling.Append(new C.MinAxisValue { Val = 0 });
        var plot = new C.PlotArea(
            new C.Layout(),
            bar,
            new C.CategoryAxis(
                new C.AxisId { Val = 1U },
                new C.Scaling(new C.Orientation { Val = C.OrientationValues.MaxMin }),
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Left },
                new C.MajorTickMark { Val = C.TickMarkValues.Outside },
                new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                TextProperties(900, bold: false),
                new C.CrossingAxis { Val = 2U },
                new C.Crosses { Val = C.CrossesValues.AutoZero },
                new C.AutoLabeled { Val = true },
                new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
                new C.LabelOffset { Val = 100 },
                new C.NoMultiLevelLabels { Val = false }),
            new C.ValueAxis(
                new C.AxisId { Val = 2U },
                scaling,
                new C.Delete { Val = false },
                new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
                new C.MajorGridlines(),
                Title(chart.ValueAxisTitle, 1000),
                new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
                new C.MajorTickMark { Val = C.TickMarkValues.Outside },
                new C.MinorTickMark { Val = C.TickMarkValues.None },
                new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                TextProperties(900, bold: false),
                new C.CrossingAxis { Val = 1U },
                new C.Crosses { Val = C.CrossesValues.Maximum },
                new C.CrossBetween { Val = C.CrossBetweenValues.Between }));

        return new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = "ru-RU" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                Title(chart.Title, 1200),
                new C.AutoTitleDeleted { Val = false },
                plot,
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }, TextProperties(1000, bold: false)),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }),
            TextProperties(1000, bold: false),
            new C.ExternalData(new C.AutoUpdate { Val = false }) { Id = workbookId });
    }

    private static C.Title Title(string text, int size) =>
        new(
            new C.ChartText(new C.RichText(
                new A.BodyProperties(),
                new A.ListStyle(),
                new A.Paragraph(
                    new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = size, Bold = true }),
                    new A.Run(new A.RunProperties { Language = "ru-RU", FontSize = size, Bold = true }, new A.Text(text))))),
            new C.Overlay { Val = false });

    private static C.TextProperties TextProperties(int size, bool bold) =>
        new(
            new A.BodyProperties(),
            new A.ListStyle(),
            new A.Paragraph(
                new A.ParagraphProperties(new A.DefaultRunProperties(
                    new A.LatinFont { Typeface = "Times New Roman" },
                    new A.ComplexScriptFont { Typeface = "Times New Roman" })
                { FontSize = size, Bold = bold }),
                new A.EndParagraphRunProperties { Language = "ru-RU" }));

    private static C.StringCache Strings(DocumentChart chart)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)chart.Categories.Count });
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            cache.Append(new C.StringPoint(new C.NumericValue(chart.Categories[i])) { Index = (uint)i });
        }

        return cache;
    }

    private static C.NumberingCache Numbers(DocumentChartSeries series)
    {
        var cache = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)series.Values.Count });
        for (var i = 0; i < series.Values.Count; i++)
        {
            if (series.Values[i] is { } v)
            {
                cache.Append(new C.NumericPoint(new C.NumericValue(v.ToString("R", CultureInfo.InvariantCulture))) { Index = (uint)i });
            }
        }

        return cache;
    }

    /// <summary>The chart's data as a workbook: categories in column A, one column per series, names in row 1.</summary>
    private static void WriteWorkbook(DocumentChart chart, Stream stream)
    {
        using var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var book = package.AddWorkbookPart();
        book.Workbook = new Workbook();
        var sheetPart = book.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var header = new Row { RowIndex = 1U };
        header.Append(InlineCell("A1", string.Empty));
        for (var s = 0; s < chart.Series.Count; s++)
        {
            header.Append(InlineCell(ColumnName(s + 1) + "1", chart.Series[s].Name));
        }

        data.Append(header);
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var r = (uint)(i + 2);
            var row = new Row { RowIndex = r };
            row.Append(InlineCell("A" + r.ToString(CultureInfo.InvariantCulture), chart.Categories[i]));
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var reference = ColumnName(s + 1) + r.ToString(CultureInfo.InvariantCulture);
                row.Append(chart.Series[s].Values[i] is { } v
                    ? new Cell { CellReference = reference, CellValue = new CellValue(v.ToString("R", CultureInfo.InvariantCulture)) }
                    : new Cell { CellReference = reference });
            }

            data.Append(row);
        }

        sheetPart.Worksheet = new Worksheet(data);
        book.Workbook.Append(new Sheets(new Sheet { Name = Sheet, SheetId = 1U, Id = book.GetIdOfPart(sheetPart) }));
    }

    private static Cell InlineCell(string reference, string text) =>
        new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = reference, DataType = CellValues.InlineString };

    /// <summary>The letters of a 0-based column: 0 → A, 25 → Z, 26 → AA.</summary>
    internal static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
