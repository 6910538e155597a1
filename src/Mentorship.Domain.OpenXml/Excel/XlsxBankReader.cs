using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using Mentorship.Domain.Matching;
using Mentorship.Domain.People;

namespace Mentorship.Domain.OpenXml.Excel;

/// <summary>
/// Reads the mentor and mentee banks for matching from Excel workbooks (.xlsx): the sheet «Наставники» or
/// «Наставляемые» when there is one, otherwise the first sheet; a header row in English (the CSV specification's
/// <c>id,name,organization,competencies,capacity,subjects</c> and <c>id,name,organization,requests,subjects,excluded_mentors</c>)
/// or in Russian («ИД», «ФИО», «Организация», «Компетенции», «Мест», «Предметы», «Запросы», «Исключённые наставники»),
/// in any order and case; topics as codes or as the catalogue's Russian titles, in any case; numbers stored as numbers
/// or as text; lists in a cell separated by «;» or line breaks. All rows or none: the first bad cell stops the import
/// with an <see cref="XlsxImportException"/> naming the sheet, the row and the column. Names are read past, never kept.
/// </summary>
public static class XlsxBankReader
{
    /// <summary>The names of the mentors' sheet.</summary>
    public static readonly IReadOnlyList<string> MentorSheetNames = ["Наставники", "mentors"];

    /// <summary>The names of the mentees' sheet.</summary>
    public static readonly IReadOnlyList<string> MenteeSheetNames = ["Наставляемые", "mentees"];

    /// <summary>Reads mentors from a workbook.</summary>
    /// <param name="workbook">The .xlsx file's content (read, not closed).</param>
    /// <param name="catalog">The topics known; codes and titles are looked up here.</param>
    /// <returns>The mentors in the order of the rows.</returns>
    /// <exception cref="XlsxImportException">The workbook or a cell is bad; nothing is returned.</exception>
    public static IReadOnlyList<MatchingMentor> ReadMentors(Stream workbook, RequestTopicCatalog catalog)
    {
        Check.NotNull(catalog);
        return Read(workbook, [.. MentorSheetNames], BankColumns.Mentor, row =>
        {
            var competencies = new List<KeyValuePair<TopicCode, int>>();
            foreach (var item in row.List(BankColumns.Competencies))
            {
                var colon = item.LastIndexOf(':');
                if (colon <= 0)
                {
                    throw row.Error(BankColumns.Competencies, $"«{item}» — не «тема:уровень»");
                }

                var topic = row.Topic(BankColumns.Competencies, item.Substring(0, colon).Trim(), catalog);
                var levelText = item.Substring(colon + 1).Trim();
                if (!int.TryParse(levelText, NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level is < MatchingMentor.MinLevel or > MatchingMentor.MaxLevel)
                {
                    throw row.Error(BankColumns.Competencies, $"уровень темы «{topic}» — «{levelText}», а не целое число от 1 до 3");
                }

                if (competencies.Any(c => c.Key == topic))
                {
                    throw row.Error(BankColumns.Competencies, $"тема «{topic}» указана дважды");
                }

                competencies.Add(new KeyValuePair<TopicCode, int>(topic, level));
            }

            if (competencies.Count == 0)
            {
                throw row.Error(BankColumns.Competencies, "у наставника нужна хотя бы одна компетенция");
            }

            var capacity = row.Whole(BankColumns.Capacity);
            return new MatchingMentor(row.Id(), row.Organization(), competencies, capacity, row.List(BankColumns.Subjects));
        });
    }

    /// <summary>Reads mentees from a workbook.</summary>
    /// <param name="workbook">The .xlsx file's content (read, not closed).</param>
    /// <param name="catalog">The topics known; codes and titles are looked up here.</param>
    /// <returns>The mentees in the order of the rows.</returns>
    /// <exception cref="XlsxImportException">The workbook or a cell is bad; nothing is returned.</exception>
    public static IReadOnlyList<MatchingMentee> ReadMentees(Stream workbook, RequestTopicCatalog catalog)
    {
        Check.NotNull(catalog);
        return Read(workbook, [.. MenteeSheetNames], BankColumns.Mentee, row =>
        {
            var requests = new List<TopicCode>();
            foreach (var item in row.List(BankColumns.Requests))
            {
                var topic = row.Topic(BankColumns.Requests, item, catalog);
                if (requests.Contains(topic))
                {
                    throw row.Error(BankColumns.Requests, $"тема «{topic}» запрошена дважды");
                }

                requests.Add(topic);
            }

            if (requests.Count is 0 or > MatchingMentee.MaxRequests)
            {
                throw row.Error(BankColumns.Requests, $"у наставляемого от 1 до {MatchingMentee.MaxRequests} запросов, а не {requests.Count}");
            }

            var excluded = row.List(BankColumns.Excluded).Select(text => row.Identifier(BankColumns.Excluded, text)).ToArray();
            return new MatchingMentee(row.Id(), row.Organization(), requests, row.List(BankColumns.Subjects), excluded);
        });
    }

    private static List<T> Read<T>(Stream workbook, string[] sheetNames, IReadOnlyList<BankColumn> columns, Func<BankRow, T> parse)
    {
        Check.NotNull(workbook);
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(workbook, false);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or ArgumentNullException))
        {
            throw new XlsxImportException(string.Empty, 0, string.Empty, "файл не читается как книга Excel (.xlsx)");
        }

        using (document)
        {
            var sheet = XlsxSheet.Find(document, sheetNames, firstIfNone: true)!;
            if (sheet.Rows.Count == 0)
            {
                throw new XlsxImportException(sheet.Name, 1, string.Empty, "лист пуст: нужна строка заголовков");
            }

            var (headerRow, headers) = sheet.Rows[0];
            var index = new Dictionary<BankColumn, int>();
            foreach (var header in headers.OrderBy(h => h.Key))
            {
                var (at, text) = (header.Key, header.Value);
                var column = columns.FirstOrDefault(c => c.Matches(text));
                if (column is null)
                {
                    continue;
                }

                if (index.TryGetValue(column, out var first))
                {
                    throw new XlsxImportException(sheet.Name, headerRow, $"{XlsxSheet.ColumnName(at)} ({text})", $"столбец «{column.Russian}» уже есть в столбце {XlsxSheet.ColumnName(first)}");
                }

                index[column] = at;
            }

            foreach (var column in columns.Where(c => c.Required && !index.ContainsKey(c)))
            {
                throw new XlsxImportException(
                    sheet.Name,
                    headerRow,
                    string.Empty,
                    $"нет столбца «{column.Russian}» ({column.English}); нужны: {string.Join(", ", columns.Where(c => c.Required).Select(c => "«" + c.Russian + "»"))}");
            }

            var items = new List<T>();
            var seen = new Dictionary<EducatorId, int>();
            foreach (var (number, cells) in sheet.Rows.Skip(1))
            {
                var row = new BankRow(sheet.Name, number, cells, index);
                var id = row.Id();
                if (seen.TryGetValue(id, out var earlier))
                {
                    throw row.Error(BankColumns.Id, $"ИД {id} повторяет ИД в строке {earlier}");
                }

                seen.Add(id, number);
                items.Add(parse(row));
            }

            return items;
        }
    }
}
