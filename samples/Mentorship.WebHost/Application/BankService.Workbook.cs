using System.IO.Compression;
using Mentorship.Domain.Banks;
using Mentorship.Domain.OpenXml.Excel;
using Mentorship.Domain.People;
using Mentorship.Domain.Common;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;

namespace Mentorship.WebHost.Application;

/// <summary>
/// The banks' matching data from an Excel workbook (.xlsx, read by Mentorship.Domain.OpenXml): each row names a person
/// already in the bank by «ИД» and gives their requests and excluded mentors (mentees) or competencies and places
/// (mentors); the bank is changed to match, all rows or none. A person is entered through the form (personal data and
/// consent are not taken from a spreadsheet).
/// </summary>
public sealed partial class BankService
{
    /// <summary>The largest workbook taken, in bytes (the file as uploaded).</summary>
    public const long MaxWorkbookBytes = 1_000_000;

    /// <summary>The most a workbook may unpack to, in bytes (its parts' declared sizes), against zip bombs.</summary>
    public const long MaxUnpackedBytes = 20_000_000;

    /// <summary>Changes the mentee bank to the rows of a workbook; every problem is named by sheet, row or person, and column.</summary>
    public Task<HostOutcome<WorkbookImportView>> ImportMenteeWorkbookAsync(YearKey key, Stream workbook, CancellationToken cancellationToken)
    {
        var changed = 0;
        var rows = 0;
        return ChangeAsync(
            AggregateKinds.MenteeBank,
            key,
            null,
            bank =>
            {
                if (Read(workbook, s => XlsxBankReader.ReadMentees(s, bank.Catalog), out var mentees) is { } unreadable)
                {
                    return unreadable;
                }

                rows = mentees.Count;
                var errors = new InputErrors();
                foreach (var row in mentees)
                {
                    if (!Known(bank.TryGet(row.Id, out var entry), row.Id, row.OrganizationId, key, XlsxBankReader.MenteeSheetNames[0], errors))
                    {
                        continue;
                    }

                    var change = false;
                    if (!entry.Requests.Topics.SequenceEqual(row.Requests))
                    {
                        change = true;
                        Collect(bank.ChangeRequests(row.Id, row.Requests, clock.Today), row.Id, "Запросы", errors);
                    }

                    foreach (var mentor in row.ExcludedMentors.Where(m => !entry.ExcludedMentors.Contains(m)))
                    {
                        change = true;
                        Collect(bank.ExcludeMentor(row.Id, mentor, clock.Today), row.Id, "Исключённые наставники", errors);
                    }

                    changed += change ? 1 : 0;
                }

                return errors.Any ? HostFailure.Invalid(errors) : null;
            },
            _ => new WorkbookImportView(rows, changed),
            cancellationToken);
    }

    /// <summary>Changes the mentor bank to the rows of a workbook; every problem is named by sheet, row or person, and column.</summary>
    public Task<HostOutcome<WorkbookImportView>> ImportMentorWorkbookAsync(YearKey key, Stream workbook, CancellationToken cancellationToken)
    {
        var changed = 0;
        var rows = 0;
        return ChangeAsync(
            AggregateKinds.MentorBank,
            key,
            null,
            bank =>
            {
                if (Read(workbook, s => XlsxBankReader.ReadMentors(s, bank.Catalog), out var mentors) is { } unreadable)
                {
                    return unreadable;
                }

                rows = mentors.Count;
                var errors = new InputErrors();
                foreach (var row in mentors)
                {
                    if (!Known(bank.TryGet(row.Id, out var entry), row.Id, row.OrganizationId, key, XlsxBankReader.MentorSheetNames[0], errors))
                    {
                        continue;
                    }

                    var change = false;
                    var claims = row.Competencies.Select(c => new CompetencyClaim(c.Key, c.Value)).OrderBy(c => c.Topic.Value, StringComparer.Ordinal).ToArray();
                    var current = entry.Competencies.Claims.OrderBy(c => c.Topic.Value, StringComparer.Ordinal).ToArray();
                    if (!claims.SequenceEqual(current))
                    {
                        change = true;
                        Collect(bank.ChangeCompetencies(row.Id, claims, clock.Today), row.Id, "Компетенции", errors);
                    }

                    if (entry.Capacity != row.Capacity)
                    {
                        change = true;
                        Collect(bank.ChangeCapacity(row.Id, row.Capacity, clock.Today), row.Id, "Мест", errors);
                    }

                    changed += change ? 1 : 0;
                }

                return errors.Any ? HostFailure.Invalid(errors) : null;
            },
            _ => new WorkbookImportView(rows, changed),
            cancellationToken);
    }

    /// <summary>Whether a file is a workbook small enough to open: its size and its parts' unpacked sizes are bounded.</summary>
    public static string? CheckPackage(Stream file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length > MaxWorkbookBytes)
        {
            return $"файл больше {MaxWorkbookBytes / 1_000_000} МБ";
        }

        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > 1000 || zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                return $"файл распаковывается больше чем в {MaxUnpackedBytes / 1_000_000} МБ";
            }
        }
        catch (InvalidDataException)
        {
            return "файл не является документом Office Open XML (.xlsx или .docx)";
        }
        finally
        {
            file.Position = 0;
        }

        return null;
    }

    private static HostFailure? Read<T>(Stream workbook, Func<Stream, IReadOnlyList<T>> read, out IReadOnlyList<T> rows)
    {
        rows = [];
        var errors = new InputErrors();
        if (CheckPackage(workbook) is { } problem)
        {
            errors.Add("file", problem);
            return HostFailure.Invalid(errors);
        }

        try
        {
            rows = read(workbook);
            return null;
        }
        catch (XlsxImportException e)
        {
            errors.Add(Where(e.Sheet, e.Row, e.Column), e.Problem);
            return HostFailure.Invalid(errors);
        }
    }

    private static bool Known(bool found, EducatorId id, OrganizationId organization, YearKey key, string sheet, InputErrors errors)
    {
        if (organization != key.OrganizationId)
        {
            errors.Add(Person(id, "Организация"), $"организация «{organization}», а банк — организации «{key.OrganizationId}»");
            return false;
        }

        if (!found)
        {
            errors.Add(Person(id, "ИД"), $"ИД {id} нет в банке (лист «{sheet}»): внесите человека через форму банка — ФИО, дата рождения и согласие из таблицы не берутся");
            return false;
        }

        return true;
    }

    private static void Collect(CommandResult result, EducatorId id, string column, InputErrors errors)
    {
        foreach (var violation in result.IsAccepted ? [] : result.Rejection.Violations)
        {
            errors.Add(Person(id, column), $"{violation.Message} ({violation.Code})");
        }
    }

    private static string Where(string sheet, int row, string column) =>
        (sheet.Length > 0 ? $"лист «{sheet}»" : "файл") + (row > 0 ? $", строка {row}" : string.Empty) + (column.Length > 0 ? $", столбец {column}" : string.Empty);

    private static string Person(EducatorId id, string column) => $"ИД {id}, столбец «{column}»";
}
