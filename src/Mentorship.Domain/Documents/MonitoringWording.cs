using System.Globalization;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.InformationSupport;
using Mentorship.Domain.Monitoring.Practices;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.Monitoring.Reports;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Documents;

/// <summary>The Russian words and number formats of the monitoring reports (decimal comma, dd.MM.yyyy), independent of the machine's culture.</summary>
internal static class MonitoringWording
{
    public const string NoData = "нет данных";

    public static string Date(LocalDate date) => RussianPhrases.Short(date);

    public static string Period(DateInterval period) => RussianPhrases.Period(period);

    public static string Number(decimal value, int decimals) =>
        decimal.Round(value, decimals, System.MidpointRounding.AwayFromZero)
            .ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            .Replace('.', ',');

    public static string Count(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Russian plural: 1 ответ, 2 ответа, 5 ответов, 11 ответов, 21 ответ.</summary>
    public static string Plural(long n, string one, string few, string many) => RussianPhrases.Count(checked((int)n), one, few, many);

    public static string Value(IndicatorResult r)
    {
        if (!r.Value.HasData)
        {
            return NoData;
        }

        var v = r.Value.Number;
        return r.Kind switch
        {
            IndicatorKind.Share => Number(v, 1) + " %",
            IndicatorKind.Mean => Number(v, 1),
            IndicatorKind.Change => (v > 0 ? "+" : string.Empty) + Number(v, 1),
            _ => Number(v, 2),
        };
    }

    public static string Basis(IndicatorResult r) => r.Kind switch
    {
        IndicatorKind.Share => $"{Count(r.Numerator)} из {Count(r.Denominator)}",
        IndicatorKind.Mean => Plural(r.Denominator, "оценка", "оценки", "оценок"),
        IndicatorKind.Change => Plural(r.Denominator, "пара оценок", "пары оценок", "пар оценок"),
        _ => $"{Plural(r.Numerator, "наставляемый", "наставляемых", "наставляемых")} / {Plural(r.Denominator, "наставник", "наставника", "наставников")}",
    };

    public static string Title(IndicatorResult r)
    {
        var title = IndicatorCatalog.Describe(r.Code).Title;
        return r.Role is { } role ? $"{title}: {RolePlural(role)}" : title;
    }

    public static string Target(IndicatorResult r)
    {
        if (r.Target is not { } t)
        {
            return "—";
        }

        var sign = t.Comparison == TargetComparison.AtLeast ? "≥ " : "≤ ";
        var unit = r.Kind == IndicatorKind.Share ? " %" : string.Empty;
        return sign + t.Threshold.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',') + unit;
    }

    public static string TargetStatus(IndicatorResult r) => r.TargetStatus switch
    {
        Monitoring.Indicators.TargetStatus.Met => "достигнуто",
        Monitoring.Indicators.TargetStatus.Missed => "не достигнуто",
        Monitoring.Indicators.TargetStatus.NotAssessed => NoData,
        _ => "—",
    };

    public static string RolePlural(RespondentRole role) => role switch
    {
        RespondentRole.Mentee => "наставляемые",
        RespondentRole.Mentor => "наставники",
        _ => "куратор",
    };

    public static string Form(MentorshipForm form) => RussianPhrases.Form(form);

    public static string Participants(Pairing.ParticipantsForm form) => RussianPhrases.Participants(form);

    /// <summary>Roubles with a space between thousands and a decimal comma only when there are kopecks: «6 500 руб.».</summary>
    public static string Roubles(decimal amount) => RussianPhrases.Amount(amount) + "\u00a0руб.";

    public static string Stage(IndicatorStage stage) => stage == IndicatorStage.Process ? "Процесс" : "Результат (эффект)";

    public static string Direction(IndicatorDirection direction) => direction switch
    {
        IndicatorDirection.HigherIsBetter => "чем выше, тем лучше",
        IndicatorDirection.LowerIsBetter => "чем ниже, тем лучше",
        _ => "сравнивается с допустимой нагрузкой",
    };

    /// <summary>A local act's presence in a checklist: «да» or «нет» (both short, so a Word table centres both).</summary>
    public static string Presence(bool present) => present ? "да" : "нет";

    public static string Status(RoadmapItemStatus status) => status switch
    {
        RoadmapItemStatus.Planned => "запланировано",
        RoadmapItemStatus.InProgress => "выполняется",
        RoadmapItemStatus.DoneOnTime => "выполнено в срок",
        RoadmapItemStatus.DoneLate => "выполнено с опозданием",
        _ => "просрочено",
    };

    public static string Kind(PracticeKind kind) => kind switch
    {
        PracticeKind.Case => "кейс",
        PracticeKind.LessonPlan => "план занятия",
        PracticeKind.Programme => "программа наставничества",
        _ => "методика",
    };

    public static string Channel(CoverageChannel channel) => channel switch
    {
        CoverageChannel.Website => "сайт организации",
        CoverageChannel.SocialNetwork => "социальные сети",
        CoverageChannel.Municipal => "муниципальный уровень",
        _ => "региональный уровень",
    };

    public static string Quadrant(SwotQuadrant quadrant) => quadrant switch
    {
        SwotQuadrant.Strength => "Сильные стороны",
        SwotQuadrant.Weakness => "Слабые стороны",
        SwotQuadrant.Opportunity => "Возможности",
        _ => "Угрозы",
    };

    public static string Figure(WaveFigure figure, QuestionKind kind)
    {
        if (figure.Answers == 0)
        {
            return "—";
        }

        return kind switch
        {
            QuestionKind.Scale => $"{Number(figure.Value!.Value, 1)} (n={Count(figure.Answers)})",
            QuestionKind.YesNo => $"да — {Number(figure.Value!.Value, 0)} % (n={Count(figure.Answers)})",
            _ => Plural(figure.Answers, "ответ", "ответа", "ответов"),
        };
    }

    public static string Change(QuestionnaireItemSummary pair)
    {
        if (pair.Kind == QuestionKind.Open || pair.Entry.Value is not { } entry || pair.Final.Value is not { } final)
        {
            return "—";
        }

        var d = final - entry;
        var text = (d > 0 ? "+" : string.Empty) + Number(d, pair.Kind == QuestionKind.Scale ? 1 : 0);
        return pair.Kind == QuestionKind.YesNo ? text + " п.п." : text;
    }

    public static string Swot(SwotInput input, IndicatorSet indicators)
    {
        var result = input.Subject is null ? null : indicators.Find(input.Subject);
        var value = result is not null && result.Value.HasData ? Value(result) : Number(input.Figure, 1);
        var subject = input.Subject is null ? string.Empty : $" ({input.Subject})";
        var count = Count((long)input.Figure);
        return input.Signal switch
        {
            SwotSignal.TargetMet => $"Достигнуто целевое значение {input.Subject} ({Target(result!)}): {value}.",
            SwotSignal.TargetMissed => $"Не достигнуто целевое значение {input.Subject} ({Target(result!)}): {value}.",
            SwotSignal.HighSatisfaction => $"Высокая удовлетворённость участников{subject}: средний балл {value} из 10.",
            SwotSignal.LowSatisfaction => $"Низкая удовлетворённость участников{subject}: средний балл {value} из 10.",
            SwotSignal.ScoresRose => $"Оценки выросли от входного к итоговому анкетированию{subject}: {value} балла.",
            SwotSignal.ScoresFell => $"Оценки снизились от входного к итоговому анкетированию{subject}: {value} балла.",
            SwotSignal.PlansBehind => $"Планы программ выполняются не полностью{subject}: {value}.",
            SwotSignal.RoadmapOverdue => $"Просрочены пункты дорожной карты: {count}.",
            SwotSignal.EventsNotCovered => $"Проведённые мероприятия без полного освещения на сайте и в социальных сетях: {count}.",
            SwotSignal.PracticesCollected => $"Практики, отобранные в методическую копилку, можно тиражировать: {count}.",
            SwotSignal.MenteesGrew => $"Наставляемые с профессиональными достижениями (категория, конкурс, открытое занятие, публикация): {count}.",
            SwotSignal.MentorReserve => $"Резерв наставников в банке без пары или группы: {count}.",
            SwotSignal.MenteesWaiting => $"Наставляемые из банка без наставника (нужны сопровождение и продолжение поиска): {count}.",
            SwotSignal.EarlyTerminations => $"Досрочные прекращения или замены наставника: {count}.",
            SwotSignal.MentorsOverloaded => $"Наставники с нагрузкой сверх допустимой: {count}.",
            _ => $"Наставляемые, не закрепившиеся в профессии: {count}.",
        };
    }
}
