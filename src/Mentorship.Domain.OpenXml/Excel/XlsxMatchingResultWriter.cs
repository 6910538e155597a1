using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Mentorship.Domain.Matching;
using Mentorship.Domain.People;

namespace Mentorship.Domain.OpenXml.Excel;

/// <summary>
/// Writes a matching result as an Excel workbook (.xlsx) with three sheets: «Пары» (mentee, mentor, score and its parts,
/// covered topics with their points, uncovered topics), «Без пары» (the mentee and the reason) and «Итог» (mentees,
/// matched, total score, how matched). People are given by their identifiers; topics by the catalogue's Russian titles.
/// </summary>
public static class XlsxMatchingResultWriter
{
    /// <summary>The sheet of the pairs.</summary>
    public const string PairsSheet = "Пары";

    /// <summary>The sheet of the mentees without a pair.</summary>
    public const string UnmatchedSheet = "Без пары";

    /// <summary>The sheet of the totals.</summary>
    public const string SummarySheet = "Итог";

    /// <summary>Writes the workbook to a stream (which stays open).</summary>
    /// <param name="result">The matching result.</param>
    /// <param name="catalog">Where the topics' titles are found; a topic not in it is printed by its code.</param>
    /// <param name="stream">A writable, seekable stream.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(MatchingResult result, RequestTopicCatalog catalog, Stream stream)
    {
        Check.NotNull(result);
        Check.NotNull(catalog);
        Check.NotNull(stream);
        string Title(TopicCode code) => catalog.TryGet(code, out var topic) ? topic.Title : code.Value;
        using var book = new XlsxWorkbookBuilder(stream, "Результат подбора наставников");
        book.Sheet(
            PairsSheet,
            ["Наставляемый (ИД)", "Наставник (ИД)", "Баллы", "За запросы", "За предметы", "За организацию", "Закрытые запросы", "Незакрытые запросы", "Сохранённая пара"],
            result.Assignments.Select(a => (IReadOnlyList<object?>)
            [
                a.Mentee.Value,
                a.Mentor.Value,
                a.Score,
                a.Breakdown.RequestPoints,
                a.Breakdown.SubjectBonus,
                a.Breakdown.OrganizationBonus,
                string.Join("; ", a.Breakdown.Covered.Select(c => $"{Title(c.Topic)} ({c.Points})")),
                string.Join("; ", a.Breakdown.Uncovered.Select(Title)),
                a.IsKept ? "да" : "нет",
            ]));
        book.Sheet(
            UnmatchedSheet,
            ["Наставляемый (ИД)", "Причина", "Подходящие наставники без мест"],
            result.Unmatched.Select(u => (IReadOnlyList<object?>)[u.Mentee.Value, Reason(u.Reason), string.Join("; ", u.FullMentors.Select(m => m.Value))]));
        book.Sheet(
            SummarySheet,
            ["Показатель", "Значение"],
            [
                ["Наставляемых", result.MenteeCount],
                ["Подобрано пар", result.MatchedCount],
                ["Без пары", result.Unmatched.Count],
                ["Сумма баллов", result.TotalScore],
                ["Подбор", (result.Mode == MatchingMode.Stable ? "устойчивый" : "оптимальный") + (result.Problem.Policy.Network ? ", сетевой (между организациями)" : ", внутри организации")],
            ]);
    }

    private static string Reason(UnmatchedReason reason) => reason switch
    {
        UnmatchedReason.NoMentorCoversRequests => "ни один наставник не владеет запрошенными темами",
        UnmatchedReason.NoEligibleMentor => "подходящие наставники исключены правилами подбора",
        _ => "все подходящие наставники заняты",
    };
}
