using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.InformationSupport;
using Mentorship.Domain.Monitoring.Reports;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Documents;

/// <summary>
/// Renders an organisation's internal monitoring report (справка по итогам внутреннего мониторинга, roadmap item 3.1)
/// as Russian text, in the structure of domain guide §8. The conclusions are left for the coordinator to write.
/// Pure and thread-safe.
/// </summary>
public static class MonitoringReportDocument
{
    /// <summary>Renders the report as Markdown and as plain text; each text is written when first read.</summary>
    /// <param name="report">The report.</param>
    /// <param name="nameOf">How to print a person (e.g. «Иванова А. С.»); default their identifier. The document is for internal use.</param>
    /// <param name="width">The width of plain text, at least <see cref="RenderedDocument.MinWidth"/>.</param>
    /// <returns>The document; its texts' lines end in <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is below <see cref="RenderedDocument.MinWidth"/>.</exception>
    public static RenderedDocument Render(MonitoringReport report, Func<EducatorId, string?>? nameOf = null, int width = RenderedDocument.DefaultWidth)
    {
        Guard.Against.Null(report);
        Guard.Against.OutOfRange(width, nameof(width), RenderedDocument.MinWidth, 1000);
        return RenderedDocument.Report(
            $"Справка по итогам внутреннего мониторинга: {report.Organization.ShortName}, {MonitoringWording.Period(report.Period)}",
            () => Write(report, nameOf),
            width);
    }

    private static MonitoringTextWriter Write(MonitoringReport report, Func<EducatorId, string?>? nameOf)
    {
        var w = new MonitoringTextWriter();
        var org = report.Organization;
        var c = report.Census;
        var asOf = report.Period.End;
        w.Title("Справка по итогам внутреннего мониторинга реализации программ наставничества педагогических работников");
        w.Bold(org.FullName);
        w.Paragraph($"Период мониторинга: {MonitoringWording.Period(report.Period)}. Данные на {MonitoringWording.Date(asOf)}.");
        if (report.IsEmpty)
        {
            w.Paragraph("В периоде в организации не было наставнических пар и групп, записей в банках наставляемых и наставников, мероприятий дорожной карты и анкет: показатели ниже не рассчитываются («нет данных»).");
        }

        w.Heading("1. Локальные акты организации");
        MonitoringSections.LocalActs(w, report.LocalActs, asOf);

        w.Heading("2. Цель и период мониторинга");
        w.Paragraph(
            $"Цель: анализ реализации и эффективности персонализированных программ наставничества педагогических работников {org.ShortName} "
            + $"(п. 3.1 дорожной карты). Период: {MonitoringWording.Period(report.Period)}.");

        w.Heading("3. Наставнические пары и группы");
        Census(w, c, asOf);

        w.Heading("4. Показатели эффективности");
        MonitoringSections.Indicators(w, report.Indicators);
        var k9 = report.Indicators.Get(IndicatorCode.K9);
        if (k9.Flagged.Count > 0)
        {
            w.Paragraph("Наставники с нагрузкой сверх допустимой: " + string.Join(", ", k9.Flagged.Select(id => MonitoringSections.Name(EducatorId.From(id), nameOf))) + ".");
        }

        w.Heading("5. Исполнение дорожной карты");
        Roadmap(w, report);

        w.Heading("6. Результаты анкетирования: входное и итоговое");
        MonitoringSections.Questionnaires(w, report.Responses, report.Questionnaires);

        w.Heading("7. Лучшие практики и методическая копилка");
        Practices(w, report, nameOf);

        w.Heading("8. Информационное сопровождение (п. 4.1 дорожной карты)");
        Coverage(w, report.Coverage);

        w.Heading("9. Материалы для SWOT-анализа");
        MonitoringSections.Swot(w, report.Swot, report.Indicators);

        w.Heading("10. Выводы и корректировки на следующий год");
        MonitoringSections.Conclusions(w, "куратор (заместитель директора)");
        w.Paragraph("Куратор ______________________ / ______________________ /     «____» ____________ 20___ г.");
        return w;
    }

    internal static void Census(MonitoringTextWriter w, ProgrammeCensus c, NodaTime.LocalDate asOf)
    {
        if (c.ByForm.Count == 0)
        {
            w.Paragraph("Наставнических пар и групп в периоде не было.");
        }
        else
        {
            w.Paragraph("Действовали в периоде:");
            FormTable(w, "Форма наставничества", c.ByForm.Select(f => (MonitoringWording.Form(f.Form), f.Pairs, f.Groups)), c.Pairs, c.Groups);
        }

        w.Bullets(
        [
            $"Наставников: {MonitoringWording.Count(c.Mentors)}; наставляемых: {MonitoringWording.Count(c.Mentees)}.",
            $"Начато программ: {MonitoringWording.Count(c.Started)}; завершено с результатом «выполнена»: {MonitoringWording.Count(c.CompletedDone)}, "
                + $"«не выполнена»: {MonitoringWording.Count(c.CompletedNotDone)}; прекращено досрочно: {MonitoringWording.Count(c.EndedEarly)}; "
                + $"замен наставника: {MonitoringWording.Count(c.Replacements)}.",
            $"Банк наставляемых на конец периода: {MonitoringWording.Count(c.MenteesInBank)}; банк наставников: {MonitoringWording.Count(c.MentorsInBank)}, "
                + $"из них без пары или группы: {MonitoringWording.Count(c.IdleMentorsInBank)}.",
            $"Наставников, прошедших обучение в периоде (п. 2.3 дорожной карты): {MonitoringWording.Count(c.MentorsTrained)}.",
            $"Доплата действующим наставникам по соглашениям (ст. 351.8 ТК РФ), в месяц: {MonitoringWording.Roubles(c.MonthlyPayTotal)}",
        ]);

        var f = c.FixedByOrder;
        w.Subheading($"Закреплено приказами и действует на {MonitoringWording.Date(asOf)}");
        if (f.Pairs + f.Groups == 0)
        {
            w.Paragraph("Наставнических пар и групп, закреплённых приказом и действующих на эту дату, нет.");
            return;
        }

        FormTable(w, "Форма наставничества по участникам", f.ByParticipants.Select(p => (MonitoringWording.Participants(p.Form), p.Pairs, p.Groups)), f.Pairs, f.Groups);
        FormTable(w, "Форма наставничества", f.ByForm.Select(x => (MonitoringWording.Form(x.Form), x.Pairs, x.Groups)), f.Pairs, f.Groups);
    }

    private static void FormTable(MonitoringTextWriter w, string header, IEnumerable<(string Form, int Pairs, int Groups)> counts, int pairs, int groups)
    {
        var rows = counts.Select(x => (IReadOnlyList<string>)[MonitoringSections.Capitalize(x.Form), MonitoringWording.Count(x.Pairs), MonitoringWording.Count(x.Groups)]).ToList();
        rows.Add([DocumentTable.Total, MonitoringWording.Count(pairs), MonitoringWording.Count(groups)]);
        w.Table([header, "Пары", "Группы"], rows);
    }

    private static void Roadmap(MonitoringTextWriter w, MonitoringReport report)
    {
        var k12 = report.Indicators.Get(IndicatorCode.K12);
        if (report.Roadmap.Count == 0)
        {
            w.Paragraph("Мероприятий дорожной карты в периоде не было.");
            return;
        }

        w.Paragraph($"Мероприятия со сроком в периоде выполнены в срок: {MonitoringWording.Basis(k12)} ({MonitoringWording.Value(k12)}).");
        w.Table(
            ["№", "Мероприятие (результат)", "Срок", "Статус"],
            report.Roadmap.Select(l => (IReadOnlyList<string>)
            [
                l.Item.Activity,
                l.Item.Title,
                l.Item.Start == l.Item.Due ? MonitoringWording.Date(l.Item.Due) : $"{MonitoringWording.Date(l.Item.Start)} – {MonitoringWording.Date(l.Item.Due)}",
                MonitoringWording.Status(l.Status) + (l.Item.DoneOn is { } d && d <= report.Period.End ? $" ({MonitoringWording.Date(d)})" : string.Empty),
            ]).ToArray());
    }

    private static void Practices(MonitoringTextWriter w, MonitoringReport report, Func<EducatorId, string?>? nameOf)
    {
        w.Paragraph(
            $"Предложено практик: {MonitoringWording.Count(report.PracticesProposed)}; отобрано на итоговом мероприятии и внесено в методическую копилку: "
            + $"{MonitoringWording.Count(report.BestPractices.Count)}.");
        if (report.BestPractices.Count > 0)
        {
            w.Table(
                ["Практика", "Вид", "Автор", "Пара (группа)", "Отобрана"],
                report.BestPractices.Select(p => (IReadOnlyList<string>)
                [
                    p.Title,
                    MonitoringWording.Kind(p.Kind),
                    MonitoringSections.Author(p.Author, nameOf),
                    p.ProgrammeId,
                    MonitoringWording.Date(p.ChosenOn!.Value),
                ]).ToArray());
        }
    }

    internal static void Coverage(MonitoringTextWriter w, IReadOnlyList<RoadmapItemCoverage> coverage)
    {
        if (coverage.Count == 0)
        {
            w.Paragraph("Мероприятий дорожной карты, подлежащих освещению, в периоде не было.");
            return;
        }

        var full = coverage.Count(c => c.Status == CoverageStatus.Covered);
        var channels = new[] { CoverageChannel.Website, CoverageChannel.SocialNetwork, CoverageChannel.Municipal, CoverageChannel.Regional }
            .Select(ch => $"{MonitoringWording.Channel(ch)} — {MonitoringWording.Count(coverage.Count(c => c.Channels.Contains(ch)))}");
        w.Paragraph(
            $"Освещено на сайте и в социальных сетях: {MonitoringWording.Count(full)} из {MonitoringWording.Count(coverage.Count)} мероприятий. "
            + "По каналам: " + string.Join(", ", channels) + ".");
        var open = coverage.Where(c => c.Status != CoverageStatus.Covered).ToArray();
        if (open.Length > 0)
        {
            w.Subheading("Ещё не освещены полностью");
            w.Table(
                ["№", "Мероприятие (результат)", "Освещено", "Не хватает"],
                open.Select(c => (IReadOnlyList<string>)
                [
                    c.Item.Activity,
                    c.Item.Title,
                    c.Channels.Count == 0 ? "—" : string.Join(", ", c.Channels.Select(MonitoringWording.Channel)),
                    string.Join(", ", c.MissingRequired.Select(MonitoringWording.Channel)),
                ]).ToArray());
        }
    }
}
