using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Mentorship.Domain.People;

namespace Mentorship.Domain.OpenXml.Excel;

/// <summary>One data row of a bank sheet, with the helpers that turn its cells into values or precise errors.</summary>
internal sealed class BankRow(string sheet, int number, Dictionary<int, string> cells, Dictionary<BankColumn, int> index)
{
    public XlsxImportException Error(BankColumn column, string problem) =>
        new(sheet, number, index.TryGetValue(column, out var at) ? $"{XlsxSheet.ColumnName(at)} ({column.Russian})" : column.Russian, problem);

    public string Text(BankColumn column) =>
        index.TryGetValue(column, out var at) && cells.TryGetValue(at, out var text) ? text : string.Empty;

    public string[] List(BankColumn column) =>
        Text(column).Split([';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();

    public EducatorId Id() => Identifier(BankColumns.Id, Text(BankColumns.Id));

    public EducatorId Identifier(BankColumn column, string text)
    {
        if (text.Length == 0 || text.Length > 64 || text.Any(char.IsControl))
        {
            throw Error(column, text.Length == 0 ? "ИД не заполнен" : "ИД — от 1 до 64 знаков без управляющих символов");
        }

        return EducatorId.From(text);
    }

    public OrganizationId Organization()
    {
        var text = Text(BankColumns.Organization);
        if (text.Length == 0 || text.Length > 64 || text.Any(char.IsControl))
        {
            throw Error(BankColumns.Organization, text.Length == 0 ? "организация не заполнена" : "организация — от 1 до 64 знаков без управляющих символов");
        }

        return OrganizationId.From(text);
    }

    /// <summary>A whole number stored as a number («2», «2.0») or as text («2»).</summary>
    public int Whole(BankColumn column)
    {
        var text = Text(column);
        if (!double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value != Math.Floor(value) || value is < 0 or > 1000)
        {
            throw Error(column, text.Length == 0 ? "не заполнено" : $"«{text}» — не целое число от 0 до 1000");
        }

        return (int)value;
    }

    /// <summary>A topic by its code («adaptation») or by its title in the catalogue («Адаптация …»), in any case.</summary>
    public TopicCode Topic(BankColumn column, string text, RequestTopicCatalog catalog)
    {
        if (TopicCode.TryParse(text.ToLowerInvariant(), out var code) && catalog.Contains(code))
        {
            return code;
        }

        var byTitle = catalog.Topics.FirstOrDefault(t => string.Equals(Normalize(t.Title), Normalize(text), StringComparison.Ordinal));
        return byTitle?.Code ?? throw Error(column, $"неизвестная тема «{text}»: укажите код или название из перечня тем");
    }

    private static string Normalize(string text) => string.Join(" ", text.Replace('ё', 'е').Replace('Ё', 'Е').ToUpperInvariant().Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries));
}
