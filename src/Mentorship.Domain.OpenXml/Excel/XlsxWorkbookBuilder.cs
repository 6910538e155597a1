using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Mentorship.Domain.OpenXml.Excel;

/// <summary>
/// Writes a workbook sheet by sheet: a bold header row frozen at the top, text as inline strings, numbers as numbers,
/// columns as wide as their text (within limits), optional drop-down lists.
/// </summary>
internal sealed class XlsxWorkbookBuilder : System.IDisposable
{
    private const uint Bold = 1;
    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _book;
    private readonly Sheets _sheets = new();
    private uint _next = 1;

    public XlsxWorkbookBuilder(Stream stream, string title)
    {
        _document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        _document.PackageProperties.Title = title;
        _document.PackageProperties.Language = "ru-RU";
        _document.PackageProperties.Creator = "Mentorship.Domain";
        _book = _document.AddWorkbookPart();
        _book.Workbook = new Workbook(_sheets);
        var styles = _book.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
            { Count = 2U },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
            new CellFormats(
                new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 0U, FontId = 1U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyFont = true, ApplyAlignment = true })
            { Count = 2U },
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
    }

    /// <summary>
    /// Adds a sheet: a header row and rows whose cells are strings, numbers (int, double) or null; drop-down lists
    /// (the 0-based column and the formula of the allowed values, «'Темы'!$A$2:$A$15») over the rows, or over
    /// emptyRows rows of an empty sheet; a hidden sheet has no frozen header.
    /// </summary>
    public void Sheet(string name, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, IReadOnlyList<(int Column, string Formula)>? validations = null, bool hidden = false, int emptyRows = 0)
    {
        var part = _book.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var widths = headers.Select(h => h.Length).ToArray();
        data.Append(Row(1, headers.Cast<object?>().ToArray(), Bold, widths));
        var r = 2U;
        foreach (var row in rows)
        {
            data.Append(Row(r++, row, null, widths));
        }

        var worksheet = new Worksheet();
        if (headers.Count > 0 && !hidden)
        {
            worksheet.Append(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0U }));
        }

        if (headers.Count > 0)
        {
            worksheet.Append(new Columns(widths.Select((w, i) => new Column
            {
                Min = (uint)(i + 1),
                Max = (uint)(i + 1),
                Width = System.Math.Min(60, System.Math.Max(10, w + 2)),
                CustomWidth = true,
            })));
        }

        worksheet.Append(data);
        if (validations is { Count: > 0 })
        {
            var last = System.Math.Max(r - 1, 1 + (uint)emptyRows);
            worksheet.Append(new DataValidations(validations.Select(v =>
            {
                var column = XlsxSheet.ColumnName(v.Column);
                return new DataValidation(new Formula1(v.Formula))
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowInputMessage = true,
                    ShowErrorMessage = false,
                    PromptTitle = "Тема",
                    Prompt = "Выберите тему из списка; несколько тем — через «;»",
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{column}2:{column}{last.ToString(CultureInfo.InvariantCulture)}" },
                };
            }))
            { Count = (uint)validations.Count });
        }

        part.Worksheet = worksheet;
        _sheets.Append(new Sheet
        {
            Name = name,
            SheetId = _next++,
            Id = _book.GetIdOfPart(part),
            State = hidden ? SheetStateValues.Hidden : null,
        });
    }

    public void Dispose()
    {
        _book.Workbook.Save();
        _document.Dispose();
    }

    private static Row Row(uint number, IReadOnlyList<object?> cells, uint? style, int[] widths)
    {
        var row = new Row { RowIndex = number };
        for (var c = 0; c < cells.Count; c++)
        {
            var reference = XlsxSheet.ColumnName(c) + number.ToString(CultureInfo.InvariantCulture);
            Cell cell;
            switch (cells[c])
            {
                case null:
                    continue;
                case int i:
                    cell = new Cell { CellReference = reference, CellValue = new CellValue(i.ToString(CultureInfo.InvariantCulture)) };
                    break;
                case double d:
                    cell = new Cell { CellReference = reference, CellValue = new CellValue(d.ToString("R", CultureInfo.InvariantCulture)) };
                    break;
                default:
                    var text = cells[c]!.ToString()!;
                    cell = new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve })) { CellReference = reference, DataType = CellValues.InlineString };
                    break;
            }

            if (style is { } s)
            {
                cell.StyleIndex = s;
            }

            if (c < widths.Length)
            {
                widths[c] = System.Math.Max(widths[c], cell.InnerText.Length);
            }

            row.Append(cell);
        }

        return row;
    }
}
