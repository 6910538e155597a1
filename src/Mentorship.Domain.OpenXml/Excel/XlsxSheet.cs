using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Mentorship.Domain.OpenXml.Excel;

/// <summary>
/// One worksheet read into text: each row's cells by 0-based column, shared and inline strings resolved, numbers in
/// invariant form («2», «2.5»), booleans as «1»/«0». Rows keep their 1-based numbers; empty rows are skipped.
/// </summary>
internal sealed class XlsxSheet
{
    /// <summary>More rows than any bank has; a bigger sheet is refused rather than read.</summary>
    public const int MaxRows = 100_000;

    private XlsxSheet(string name, IReadOnlyList<(int Number, Dictionary<int, string> Cells)> rows)
    {
        Name = name;
        Rows = rows;
    }

    public string Name { get; }

    public IReadOnlyList<(int Number, Dictionary<int, string> Cells)> Rows { get; }

    /// <summary>The sheet with one of the names (any case), or the first sheet when <paramref name="firstIfNone"/> and none has.</summary>
    public static XlsxSheet? Find(SpreadsheetDocument document, string[] names, bool firstIfNone)
    {
        var book = document.WorkbookPart ?? throw new XlsxImportException(string.Empty, 0, string.Empty, "файл не является книгой Excel (нет части workbook)");
        var sheets = book.Workbook?.Sheets?.Elements<Sheet>().ToArray() ?? [];
        if (sheets.Length == 0)
        {
            throw new XlsxImportException(string.Empty, 0, string.Empty, "в книге нет листов");
        }

        var sheet = sheets.FirstOrDefault(s => names.Any(n => string.Equals((s.Name?.Value ?? string.Empty).Trim(), n, StringComparison.OrdinalIgnoreCase)))
            ?? (firstIfNone ? sheets[0] : null);
        if (sheet is null)
        {
            return null;
        }

        var name = sheet.Name?.Value ?? string.Empty;
        if (sheet.Id?.Value is not { } id || book.GetPartById(id) is not WorksheetPart part)
        {
            throw new XlsxImportException(name, 0, string.Empty, "лист не является таблицей (диаграмма или макрос)");
        }

        var strings = book.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var rows = new List<(int, Dictionary<int, string>)>();
        var last = 0;
        foreach (var row in part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            var number = row.RowIndex?.Value is { } index ? (int)index : last + 1;
            last = number;
            if (number > MaxRows)
            {
                throw new XlsxImportException(name, number, string.Empty, $"на листе больше {MaxRows.ToString(CultureInfo.InvariantCulture)} строк");
            }

            var cells = new Dictionary<int, string>();
            var column = -1;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : column + 1;
                var text = Text(cell, strings).Trim();
                if (text.Length > 0)
                {
                    cells[column] = text;
                }
            }

            if (cells.Count > 0)
            {
                rows.Add((number, cells));
            }
        }

        return new XlsxSheet(name, rows);
    }

    /// <summary>Excel's letters of a 0-based column: 0 → A, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
            {
                break;
            }

            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }

    private static string Text(Cell cell, string[] strings)
    {
        var value = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Length ? strings[i] : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return value == "1" ? "1" : "0";
        }

        if ((type is null || type == CellValues.Number) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number.ToString("R", CultureInfo.InvariantCulture);
        }

        return value;
    }
}
