using Mentorship.Domain.Roadmap;

namespace Mentorship.Domain.Tests.Roadmap;

/// <summary>
/// A deliverable's own year-less timing takes the year of its activity's dated period: the first year of the period in
/// which its month falls inside it, else the period's first year; 29 February falls back to the 28th in a common year.
/// </summary>
public class TimingYearAnchorTests
{
    private static string Anchored(string activityTiming, string deliverableTiming)
    {
        var activity = RoadmapActivity.Create("1.1", "Мероприятие", activityTiming, [ResponsibleParty.From("директор")], [Deliverable.Create(1, "Отчёт", deliverableTiming)]);
        return activity.TimingOf(activity.Deliverables[0]).ToString()!;
    }

    [Theory]
    [InlineData("Апрель-август 2022", "апрель", "апрель 2022")]
    [InlineData("сентябрь 2022 г. - май 2024 г.", "март", "март 2023")]
    [InlineData("сентябрь 2022 г. - май 2024 г.", "август", "август 2023")]
    [InlineData("сентябрь 2022 г. - май 2024 г.", "сентябрь", "сентябрь 2022")]
    [InlineData("сентябрь 2022 г. - май 2024 г.", "май", "май 2023")]
    [InlineData("2023 – 2024 учебный год", "май", "май 2024")]
    [InlineData("2023 – 2024 учебный год", "сентябрь", "сентябрь 2023")]
    [InlineData("2023 – 2024 учебный год", "июль", "июль 2023")]
    [InlineData("2023 – 2024 учебный год", "ноябрь – февраль", "ноябрь 2023 – февраль 2024")]
    [InlineData("2023-2025 гг.", "март", "март 2023")]
    [InlineData("II квартал 2025 г.", "май", "май 2025")]
    [InlineData("II квартал 2025 г.", "январь", "январь 2025")]
    [InlineData("I – II квартал 2025 г.", "июнь", "июнь 2025")]
    [InlineData("с 25 декабря 2025 по 10 января 2026", "январь", "январь 2026")]
    [InlineData("с 25 декабря 2025 по 10 января 2026", "декабрь", "декабрь 2025")]
    [InlineData("9998 год", "декабрь – январь", "декабрь – январь")]
    [InlineData("9998 год", "декабрь", "декабрь 9998")]
    public void Months_TakeTheYearInWhichTheyFallInsideThePeriod(string activityTiming, string deliverableTiming, string anchored)
    {
        Anchored(activityTiming, deliverableTiming).Should().Be(anchored);
    }

    [Theory]
    [InlineData("2023 – 2024 учебный год", "до 15 мая", "до 15 мая 2024")]
    [InlineData("2023 год", "до 29 февраля", "до 28 февраля 2023")]
    [InlineData("2024 год", "до 29 февраля", "до 29 февраля 2024")]
    [InlineData("2025 год", "29 февраля", "28 февраля 2025")]
    [InlineData("2024 год", "29 февраля", "29 февраля 2024")]
    [InlineData("2023 – 2024 учебный год", "15 декабря", "15 декабря 2023")]
    public void DatesAndDeadlines_TakeTheYearToo(string activityTiming, string deliverableTiming, string anchored)
    {
        Anchored(activityTiming, deliverableTiming).Should().Be(anchored);
    }

    [Theory]
    [InlineData("май", "апрель", "апрель")]
    [InlineData("ежегодно", "апрель", "апрель")]
    [InlineData("II квартал", "май", "май")]
    [InlineData("2024 год", "май 2020", "май 2020")]
    [InlineData("2024 год", "I квартал", "I квартал")]
    [InlineData("2024 год", "до 15 мая 2020", "до 15 мая 2020")]
    [InlineData("2024 год", "с 10 по 14 марта", "с 10 марта по 14 марта")]
    public void WithoutADatedPeriodOrAYearlessMonth_TheOwnTimingStays(string activityTiming, string deliverableTiming, string kept)
    {
        Anchored(activityTiming, deliverableTiming).Should().Be(kept);
    }
}
