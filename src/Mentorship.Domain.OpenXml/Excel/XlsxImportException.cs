using System;

namespace Mentorship.Domain.OpenXml.Excel;

/// <summary>
/// A workbook that cannot be imported: the sheet, the row and the column where the problem is, and what it is (in
/// Russian, without personal data). Nothing of the workbook was taken.
/// </summary>
public sealed class XlsxImportException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sheet">The sheet's name; empty when the workbook itself cannot be read.</param>
    /// <param name="row">The 1-based row, or 0 when the problem is not in a row.</param>
    /// <param name="column">The column as Excel names it («D») with its header, or empty.</param>
    /// <param name="problem">What is wrong, in Russian.</param>
    public XlsxImportException(string sheet, int row, string column, string problem)
        : base(Describe(sheet, row, column, problem))
    {
        Sheet = sheet;
        Row = row;
        Column = column;
        Problem = problem;
    }

    /// <summary>The sheet's name; empty when the workbook itself cannot be read.</summary>
    public string Sheet { get; }

    /// <summary>The 1-based row, or 0 when the problem is not in a row.</summary>
    public int Row { get; }

    /// <summary>The column («D (Компетенции)»), or empty.</summary>
    public string Column { get; }

    /// <summary>What is wrong, in Russian.</summary>
    public string Problem { get; }

    private static string Describe(string sheet, int row, string column, string problem)
    {
        var where = sheet.Length == 0 ? "Книга" : $"Лист «{sheet}»";
        if (row > 0)
        {
            where += $", строка {row}";
        }

        if (column.Length > 0)
        {
            where += $", столбец {column}";
        }

        return $"{where}: {problem}";
    }
}
