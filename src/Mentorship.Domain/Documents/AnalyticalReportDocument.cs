using System.Collections.Generic;
using System.Linq;
using System;
using Ardalis.GuardClauses;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.InformationSupport;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.Monitoring.Reports;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Documents;

/// <summary>
/// Renders the municipal analytical report (аналитическая справка, roadmap item 3.2) as Russian text: the local-acts
/// checklist of each organisation, then the same counts and indicators (by process and effect) across the
/// municipality's organisations with their sums (domain guide §8). Pure and thread-safe.
/// </summary>
public static class AnalyticalReportDocument
{
    /// <summary>The indicators with one result, by stage: the columns of the organisation-by-organisation tables.</summary>
    private static readonly IndicatorCode[][] StageColumns =
    [
        IndicatorCatalog.All.Where(d => !d.PerRole && d.Stage == IndicatorStage.Process).Select(d => d.Code).ToArray(),
        IndicatorCatalog.All.Where(d => !d.PerRole && d.Stage == IndicatorStage.Effect).Select(d => d.Code).ToArray(),
    ];

    private static readonly RespondentRole[] Roles = [RespondentRole.Mentee, RespondentRole.Mentor, RespondentRole.Coordinator];

    /// <summary>Renders the report as Markdown and as plain text; each text is written when first read.</summary>
    /// <param name="report">The report.</param>
    /// <param name="nameOf">How to print a person (e.g. «Иванова А. С.»); default their identifier. The document is for internal use.</param>
    /// <param name="width">The width of plain text, at least <see cref="RenderedDocument.MinWidth"/>.</param>
    /// <returns>The document; its texts' lines end in <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is below <see cref="RenderedDocument.MinWidth"/>.</exception>
    public static RenderedDocument Render(AnalyticalReport report, Func<EducatorId, string?>? nameOf = null, int width = RenderedDocument.DefaultWidth)
    {
        Guard.Against.Null(report);
        Guard.Against.OutOfRange(width, nameof(width), RenderedDocument.MinWidth, 1000);
        return RenderedDocument.Report(
            $"Аналитическая справка: {report.Municipality}, {MonitoringWording.Period(report.Period)}",
            () => Write(report, nameOf),
            width);
    }

    private static MonitoringTextWriter Write(AnalyticalReport report, Func<EducatorId, string?>? nameOf)
    {
        var w = new MonitoringTextWriter();
        var orgs = report.Organizations;
        w.Title("Аналитическая справка по итогам мониторинга внедрения и реализации целевой модели наставничества педагогических работников");
        w.Bold(report.Municipality);
        w.Paragraph($"Период: {MonitoringWording.Period(report.Period)}. Данные на {MonitoringWording.Date(report.Period.End)}. Организаций: {MonitoringWording.Count(orgs.Count)}.");

        w.Heading("1. Локальные акты организаций");
        LocalActs(w, report);

        w.Heading("2. Наставнические пары и группы");
        var rows = orgs.Select(r => Row(r.Organization.ShortName, r.Census)).ToList();
        rows.Add(Row(DocumentTable.Total, report.Census));
        w.Table(["Организация", "Пары", "Группы", "Наставники", "Наставляемые", "Банк наставляемых", "Банк наставников"], rows);
        var asOf = report.Period.End;
        w.Paragraph($"Закреплено приказами и действует на {MonitoringWording.Date(asOf)}, обучение и доплата наставникам:");
        var fixedRows = orgs.Select(r => FixedRow(r.Organization.ShortName, r.Census)).ToList();
        fixedRows.Add(FixedRow(DocumentTable.Total, report.Census));
        w.Table(["Организация", "Пары (приказ)", "Группы (приказ)", "Обучено наставников", "Доплата в месяц"], fixedRows);
        MonitoringReportDocument.Census(w, report.Census, asOf);

        w.Heading("3. Показатели по организациям");
        Indicators(w, report);

        w.Heading("4. Исполнение дорожных карт");
        w.Table(
            ["Организация", "Выполнено в срок (K12)", "Значение", "Просрочено пунктов"],
            orgs.Select(r => (IReadOnlyList<string>)
            [
                r.Organization.ShortName,
                MonitoringWording.Basis(r.Indicators.Get(IndicatorCode.K12)),
                MonitoringWording.Value(r.Indicators.Get(IndicatorCode.K12)),
                MonitoringWording.Count(r.Roadmap.Count(l => l.Status == RoadmapItemStatus.Overdue)),
            ]).Append(
            [
                DocumentTable.Total,
                MonitoringWording.Basis(report.Indicators.Get(IndicatorCode.K12)),
                MonitoringWording.Value(report.Indicators.Get(IndicatorCode.K12)),
                MonitoringWording.Count(orgs.Sum(r => r.Roadmap.Count(l => l.Status == RoadmapItemStatus.Overdue))),
            ]).ToArray());

        w.Heading("5. Результаты анкетирования: входное и итоговое");
        MonitoringSections.Questionnaires(w, report.Responses, report.Questionnaires);

        w.Heading("6. Лучшие практики");
        var practices = orgs.SelectMany(r => r.BestPractices.Select(p => (r.Organization.ShortName, Practice: p))).ToArray();
        if (practices.Length == 0)
        {
            w.Paragraph("Практики в методические копилки в периоде не отбирались.");
        }
        else
        {
            w.Table(
                ["Организация", "Практика", "Вид", "Автор"],
                practices.Select(x => (IReadOnlyList<string>)
                [
                    x.ShortName,
                    x.Practice.Title,
                    MonitoringWording.Kind(x.Practice.Kind),
                    MonitoringSections.Author(x.Practice.Author, nameOf),
                ]).ToArray());
        }

        w.Heading("7. Информационное сопровождение");
        w.Table(
            ["Организация", "Мероприятий", "Освещены полностью", "Частично", "Не освещены"],
            orgs.Select(r => (IReadOnlyList<string>)
            [
                r.Organization.ShortName,
                MonitoringWording.Count(r.Coverage.Count),
                MonitoringWording.Count(r.Coverage.Count(c => c.Status == CoverageStatus.Covered)),
                MonitoringWording.Count(r.Coverage.Count(c => c.Status == CoverageStatus.Partly)),
                MonitoringWording.Count(r.Coverage.Count(c => c.Status == CoverageStatus.NotCovered)),
            ]).ToArray());

        w.Heading("8. Материалы для SWOT-анализа");
        MonitoringSections.Swot(w, report.Swot, report.Indicators);

        w.Heading("9. Выводы и предложения");
        MonitoringSections.Conclusions(w, "специалист муниципального органа управления образованием");
        return w;
    }

    private static IReadOnlyList<string> Row(string name, ProgrammeCensus c) =>
    [
        name,
        MonitoringWording.Count(c.Pairs),
        MonitoringWording.Count(c.Groups),
        MonitoringWording.Count(c.Mentors),
        MonitoringWording.Count(c.Mentees),
        MonitoringWording.Count(c.MenteesInBank),
        MonitoringWording.Count(c.MentorsInBank),
    ];

    private static void Indicators(MonitoringTextWriter w, AnalyticalReport report)
    {
        foreach (var (stage, columns) in new[] { (IndicatorStage.Process, StageColumns[0]), (IndicatorStage.Effect, StageColumns[1]) })
        {
            w.Subheading(MonitoringWording.Stage(stage));
            var header = new List<string> { "Организация" };
            header.AddRange(columns.Select(c => c.ToString()));
            var rows = report.Organizations.Select(r => Values(r.Organization.ShortName, r.Indicators, columns.Select(c => (c, (RespondentRole?)null)))).ToList();
            rows.Add(Values(DocumentTable.Total, report.Indicators, columns.Select(c => (c, (RespondentRole?)null))));
            w.Table(header, rows);
            var shares = columns.Where(c => report.Indicators.Get(c).Kind == IndicatorKind.Share).ToArray();
            w.Chart(MonitoringSections.ShareChart(
                $"{MonitoringWording.Stage(stage)}: показатели по организациям, %",
                shares,
                report.Organizations.Select(r => (r.Organization.ShortName, r.Indicators)).ToArray()));
        }

        var perRole = new[] { IndicatorCode.K6, IndicatorCode.K7 }.SelectMany(c => Roles.Select(r => (c, (RespondentRole?)r))).ToArray();
        var roleHeader = new List<string> { "Организация" };
        roleHeader.AddRange(perRole.Select(x => $"{x.c} ({MonitoringWording.RolePlural(x.Item2!.Value)})"));
        var roleRows = report.Organizations.Select(r => Values(r.Organization.ShortName, r.Indicators, perRole)).ToList();
        roleRows.Add(Values(DocumentTable.Total, report.Indicators, perRole));
        w.Paragraph("Удовлетворённость (K6) и динамика оценок (K7) по ролям:");
        w.Table(roleHeader, roleRows);

        w.Paragraph("Показатели по муниципалитету (суммы числителей и знаменателей организаций):");
        MonitoringSections.Indicators(w, report.Indicators);
    }

    private static IReadOnlyList<string> FixedRow(string name, ProgrammeCensus c) =>
    [
        name,
        MonitoringWording.Count(c.FixedByOrder.Pairs),
        MonitoringWording.Count(c.FixedByOrder.Groups),
        MonitoringWording.Count(c.MentorsTrained),
        MonitoringWording.Roubles(c.MonthlyPayTotal),
    ];

    /// <summary>The kinds of local acts against the organisations: «да» or «нет», and in how many organisations each is present.</summary>
    private static void LocalActs(MonitoringTextWriter w, AnalyticalReport report)
    {
        var orgs = report.Organizations;
        if (orgs.Count == 0)
        {
            w.Paragraph("Организаций нет: " + MonitoringWording.NoData + ".");
            return;
        }

        w.Paragraph($"Локальные акты, действующие на {MonitoringWording.Date(report.Period.End)}; ссылки и реквизиты — в справках организаций.");
        var header = new List<string> { "Локальный акт" };
        header.AddRange(orgs.Select(r => r.Organization.ShortName));
        header.Add("Есть в организациях");
        var kinds = orgs[0].LocalActs;
        w.Table(
            header,
            kinds.Select((k, i) => (IReadOnlyList<string>)
            [
                k.Title,
                .. orgs.Select(r => MonitoringWording.Presence(r.LocalActs[i].Present)),
                $"{MonitoringWording.Count(orgs.Count(r => r.LocalActs[i].Present))} из {MonitoringWording.Count(orgs.Count)}",
            ]).ToArray());
    }

    private static IReadOnlyList<string> Values(string name, IndicatorSet set, IEnumerable<(IndicatorCode Code, RespondentRole? Role)> columns) =>
        [name, .. columns.Select(c => MonitoringWording.Value(set.Get(c.Code, c.Role)))];
}
