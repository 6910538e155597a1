using System;
using System.Collections.Generic;
using System.Linq;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.LocalActs;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.Monitoring.Reports;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Documents;

/// <summary>The sections both monitoring reports share: indicators, questionnaires, SWOT inputs, conclusions.</summary>
internal static class MonitoringSections
{
    private static readonly RespondentRole[] Roles = [RespondentRole.Mentee, RespondentRole.Mentor, RespondentRole.Coordinator];

    /// <summary>
    /// The indicators in two tables, «Процесс» and «Результат (эффект)» (the split of the federal recommendations), then
    /// the formulas, the sources of the definitions and which way each improves.
    /// </summary>
    public static void Indicators(MonitoringTextWriter w, IndicatorSet indicators)
    {
        foreach (var stage in new[] { IndicatorStage.Process, IndicatorStage.Effect })
        {
            w.Subheading(MonitoringWording.Stage(stage));
            w.Table(
                ["Код", "Показатель", "Основание", "Значение", "Целевое значение", "Выполнение"],
                indicators.Results.Where(r => IndicatorCatalog.Describe(r.Code).Stage == stage).Select(r => (IReadOnlyList<string>)
                [
                    r.Id,
                    MonitoringWording.Title(r),
                    MonitoringWording.Basis(r),
                    MonitoringWording.Value(r),
                    MonitoringWording.Target(r),
                    MonitoringWording.TargetStatus(r),
                ]).ToArray());
        }

        w.Paragraph("Формулы: " + string.Join("; ", IndicatorCatalog.All.Select(d => $"{d.Code} — {d.Formula}")) + ".");
        Sources(w);
    }

    /// <summary>Where each indicator's definition comes from (indicators with the same source and note on one line) and which way it improves.</summary>
    public static void Sources(MonitoringTextWriter w)
    {
        w.Subheading("Источники определений показателей");
        var lines = IndicatorCatalog.All
            .GroupBy(d => (d.Source.Citation, d.Source.Note))
            .Select(g => $"{string.Join(", ", g.Select(d => d.Code))} — {g.Key.Citation}." + (g.Key.Note is { } note ? " " + note : string.Empty))
            .ToList();
        var higher = IndicatorCatalog.All.Where(d => d.Direction == IndicatorDirection.HigherIsBetter).Select(d => d.Code.ToString());
        var others = IndicatorCatalog.All.Where(d => d.Direction != IndicatorDirection.HigherIsBetter).Select(d => $"{d.Code} — {MonitoringWording.Direction(d.Direction)}");
        lines.Add($"Направление: {string.Join(", ", higher)} — {MonitoringWording.Direction(IndicatorDirection.HigherIsBetter)}; {string.Join("; ", others)}.");
        w.Bullets(lines);
    }

    /// <summary>The local-acts checklist: one row per kind, present or absent, with the references of the acts in force.</summary>
    public static void LocalActs(MonitoringTextWriter w, IReadOnlyList<LocalActCheck> checklist, NodaTime.LocalDate asOf)
    {
        w.Paragraph($"Локальные акты, действующие на {MonitoringWording.Date(asOf)}: {MonitoringWording.Count(checklist.Count(c => c.Present))} из {MonitoringWording.Count(checklist.Count)}.");
        w.Table(
            ["№", "Локальный акт", "Наличие", "Реквизиты, ссылка"],
            checklist.Select((c, i) => (IReadOnlyList<string>)
            [
                MonitoringWording.Count(i + 1),
                c.Title,
                MonitoringWording.Presence(c.Present),
                c.Present ? string.Join("; ", c.Acts.Select(Reference)) : "—",
            ]).ToArray());
    }

    /// <summary>An act as a form cites it: the requisites, then the link or, without one, where the signed copy is kept.</summary>
    private static string Reference(LocalAct act) =>
        (act.Link ?? act.FileReference) is { } where ? $"{act.Requisites}, {where}" : act.Requisites;

    public static void Questionnaires(MonitoringTextWriter w, IReadOnlyList<ResponseCount> counts, IReadOnlyList<QuestionnaireItemSummary> items)
    {
        if (counts.Count == 0)
        {
            w.Paragraph("Анкетирование участников в периоде не проводилось.");
            return;
        }

        w.Paragraph("Шкала оценок: от 1 до 10, где 1 – самый низкий балл, а 10 – самый высокий. Заполнено анкет: "
            + string.Join("; ", Roles.Where(r => counts.Any(c => c.Role == r)).Select(r =>
                MonitoringWording.RolePlural(r) + " — " + string.Join(", ", counts.Where(c => c.Role == r).Select(c => $"{Wave(c.Wave)} {MonitoringWording.Count(c.Count)}"))))
            + ".");
        foreach (var role in Roles)
        {
            var rows = items.Where(i => i.Role == role).ToArray();
            if (rows.Length == 0)
            {
                continue;
            }

            w.Subheading(Capitalize(MonitoringWording.RolePlural(role)));
            w.Table(
                ["Вопрос", "Входная анкета", "Итоговая анкета", "Изменение"],
                rows.Select(i => (IReadOnlyList<string>)
                [
                    i.Text,
                    MonitoringWording.Figure(i.Entry, i.Kind),
                    MonitoringWording.Figure(i.Final, i.Kind),
                    MonitoringWording.Change(i),
                ]).ToArray());
            var scale = rows.Where(i => i.Kind == QuestionKind.Scale).ToArray();
            if (scale.Length > 0)
            {
                w.Chart(new DocumentChart(
                    $"{Capitalize(MonitoringWording.RolePlural(role))}: средний балл, входная и итоговая анкеты",
                    scale.Select(i => Shorten(i.Text)).ToArray(),
                    [
                        new DocumentChartSeries("Входная анкета", scale.Select(i => (double?)i.Entry.Value).ToArray()),
                        new DocumentChartSeries("Итоговая анкета", scale.Select(i => (double?)i.Final.Value).ToArray()),
                    ],
                    "Средний балл (1–10)",
                    10));
            }
        }
    }

    /// <summary>A chart of the share indicators: one category per indicator, one series per organisation.</summary>
    public static DocumentChart ShareChart(string title, IReadOnlyList<IndicatorCode> codes, IReadOnlyList<(string Name, IndicatorSet Set)> series)
    {
        var values = series.Select(s => new DocumentChartSeries(
            s.Name,
            codes.Select(c => s.Set.Get(c).Value is { HasData: true } v ? (double?)(double)v.Number : null).ToArray())).ToArray();
        var top = values.SelectMany(v => v.Values).Max() is > 100 ? (double?)null : 100;
        return new DocumentChart(title, codes.Select(c => c.ToString()).ToArray(), values, "%", top);
    }

    /// <summary>A question as a chart label: up to 60 characters, cut at a word with «…».</summary>
    internal static string Shorten(string text)
    {
        const int limit = 60;
        if (text.Length <= limit)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', limit - 1);
        return text.Substring(0, cut > 20 ? cut : limit - 1).TrimEnd(',', ';', ':') + "…";
    }

    public static void Swot(MonitoringTextWriter w, IReadOnlyList<SwotInput> inputs, IndicatorSet indicators)
    {
        w.Paragraph("Исходные данные для SWOT-анализа, отобранные по данным мониторинга; анализ проводит куратор.");
        foreach (var quadrant in new[] { SwotQuadrant.Strength, SwotQuadrant.Weakness, SwotQuadrant.Opportunity, SwotQuadrant.Threat })
        {
            w.Subheading(MonitoringWording.Quadrant(quadrant));
            var lines = inputs.Where(i => i.Quadrant == quadrant).Select(i => MonitoringWording.Swot(i, indicators)).ToArray();
            if (lines.Length == 0)
            {
                w.Paragraph("—");
            }
            else
            {
                w.Bullets(lines);
            }
        }
    }

    public static void Conclusions(MonitoringTextWriter w, string who)
    {
        w.Paragraph($"Заполняет {who}.");
        w.Paragraph("1. ____________________________________________________________");
        w.Paragraph("2. ____________________________________________________________");
        w.Paragraph("3. ____________________________________________________________");
    }

    public static string Name(EducatorId id, Func<EducatorId, string?>? nameOf) =>
        nameOf?.Invoke(id) is { Length: > 0 } name ? name : id.Value;

    /// <summary>A practice's author by name where personal data is present; «автор» once the author was erased.</summary>
    public static string Author(EducatorId? id, Func<EducatorId, string?>? nameOf) =>
        id is { } known ? Name(known, nameOf) : "автор";

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static string Wave(SurveyWave wave) => wave switch
    {
        SurveyWave.Entry => "входных",
        SurveyWave.Interim => "промежуточных",
        _ => "итоговых",
    };
}
