using Mentorship.Domain.Calendar;
using Mentorship.Domain.Roadmap;
using NodaTime;

namespace Mentorship.Domain.Tests.Roadmap;

/// <summary>
/// The year limits every timing keeps when asked for its windows and when built with a year, the developer-facing
/// texts of the roadmap's values (no personal data in any of them), and the roadmap's lookups.
/// </summary>
public class RoadmapTextsAndLimitsTests
{
    public static TheoryData<Timing> EveryKindOfTiming() =>
    [
        AsNeededTiming.Instance, EveryYearTiming.Instance, MonthlyTiming.Instance, QuarterlyTiming.Instance,
        SchoolYearTiming.Instance, ThroughYearTiming.Instance, SeparatePlanTiming.Instance,
        MonthRangeTiming.Create(9, 5), MonthRangeTiming.Create(new YearMonth(2025, 9), new YearMonth(2026, 5)),
        MonthListTiming.Create([MonthRangeTiming.Create(3, 3), MonthRangeTiming.Create(4, 4)]),
        AnnualWindowTiming.Create(4, 9), QuarterTiming.Create(2, 3), QuarterTiming.Create(1, 1, 2025),
        HalfYearTiming.Create(1, 2, null, HalfYearBasis.SchoolYear), HalfYearTiming.Create(2, 2, 2025, HalfYearBasis.CalendarYear),
        DateTiming.Create(15, 12), DateTiming.Create(15, 12, 2025), DeadlineTiming.Create(1, 9), DeadlineTiming.Create(1, 9, 2025),
        MonthlyDeadlineTiming.Create(5), DayRangeTiming.Create(10, 3, 14, 3), YearSpanTiming.Create(2023, 2025),
        SchoolYearSpanTiming.Create(2023, 2024), CompositeTiming.Create([EveryYearTiming.Instance, MonthRangeTiming.Create(6, 8)]),
        RussianTimingParser.Parse("в каникулы").OrUnrecognised(),
    ];

    [Theory]
    [MemberData(nameof(EveryKindOfTiming))]
    public void WindowsFor_AYearOutsideTheCalendar_IsRefused(Timing timing)
    {
        FluentActions.Invoking(() => timing.WindowsFor(1899)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("year");
        FluentActions.Invoking(() => timing.WindowsFor(9999)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("year");
        FluentActions.Invoking(() => timing.WindowsFor(1900)).Should().NotThrow();
        FluentActions.Invoking(() => timing.WindowsFor(9997)).Should().NotThrow();
    }

    [Fact]
    public void Create_WithAYearOutsideTheCalendar_IsRefused()
    {
        FluentActions.Invoking(() => QuarterTiming.Create(1, 1, 9999)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("year");
        FluentActions.Invoking(() => HalfYearTiming.Create(1, 1, 1899, HalfYearBasis.SchoolYear)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("year");
        FluentActions.Invoking(() => DateTiming.Create(1, 1, 9999)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("year");
        FluentActions.Invoking(() => DeadlineTiming.Create(1, 1, 1899)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("year");
        FluentActions.Invoking(() => DateTiming.Create(29, 2, 2025)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("day");
        FluentActions.Invoking(() => DeadlineTiming.Create(29, 2, 2025)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("day");
        FluentActions.Invoking(() => DateTiming.Create(30, 2)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("day");
        FluentActions.Invoking(() => DateTiming.Create(1, 13)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("month");
        DateTiming.Create(29, 2).ToString().Should().Be("29 февраля");
        DeadlineTiming.Create(29, 2, 2024).ToString().Should().Be("до 29 февраля 2024");
    }

    [Fact]
    public void Composite_OfFewerThanTwoPartsOrOfComposites_IsRefused()
    {
        var composite = CompositeTiming.Create([EveryYearTiming.Instance, MonthlyTiming.Instance]);

        FluentActions.Invoking(() => CompositeTiming.Create([EveryYearTiming.Instance])).Should().Throw<ArgumentException>()
            .WithMessage("A composite timing has at least two parts*").Which.ParamName.Should().Be("parts");
        FluentActions.Invoking(() => CompositeTiming.Create([EveryYearTiming.Instance, composite])).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("parts");
        FluentActions.Invoking(() => CompositeTiming.Create([EveryYearTiming.Instance, null!])).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("parts");
        CompositeTiming.Create([EveryYearTiming.Instance, MonthlyTiming.Instance, QuarterlyTiming.Instance]).Parts.Should().HaveCount(3);
    }

    [Fact]
    public void Texts_OfTheRoadmapsValues_AreTheirNumbersAndCodes()
    {
        var failure = RussianTimingParser.Parse("после итогов").Failure;
        var bare = RussianTimingParser.Parse("13.2024").Failure;
        var import = RoadmapTableImporter.Import("a\tb").Failure;
        var roadmap = MentorshipRoadmap.Create([RoadmapSection.Create("II", "Внедрение", [
            RoadmapActivity.Create("2.1", "Отбор", "май", [ResponsibleParty.From("директор")], [Deliverable.Create(1, "Справка", "до 15 мая"), Deliverable.Create(2, "Приказ")]),
        ])]);
        var item = new RoadmapScheduler(WeekdayCalendar.Instance).Schedule(roadmap, 2026).Items[0];

        failure.ToString().Should().Be($"Unrecognized at 0: {failure.Message} {failure.Hint}");
        bare.Hint.Should().BeNull();
        bare.ToString().Should().Be("NoSuchDate at 0: Такого месяца нет.");
        import.ToString().Should().Be("line 1: " + import.Errors[0].Message);
        new RoadmapImportFailure([new(3, RoadmapImportErrorCode.EmptySection, "А"), new(1, RoadmapImportErrorCode.EmptyTable, "Б")]).ToString().Should().Be("line 1: Б; line 3: А");
        roadmap.Sections[0].ToString().Should().Be("II. Внедрение");
        roadmap.Activities[0].Deliverables[0].ToString().Should().Be("1. Справка (до 15 мая)");
        roadmap.Activities[0].Deliverables[1].ToString().Should().Be("2. Приказ");
        item.ToString().Should().Be("2.1/1 2026-05-15..2026-05-15");
        DependencyRule.Create("Сначала банк", WorkItemRole.PairingOrder, WorkItemRole.MenteeBank).ToString().Should().Be("Сначала банк: PairingOrder after MenteeBank");
    }

    [Fact]
    public void Roadmap_Lookups_FindByNumberAndRefuseForeignActivities()
    {
        var activity = RoadmapActivity.Create("2.1", "Отбор", "май", [], []);
        var roadmap = MentorshipRoadmap.Create([RoadmapSection.Create("I", "Раздел", [activity])]);

        roadmap.FindActivity(" 2.1. ").Should().BeSameAs(activity);
        roadmap.FindActivity("2.2").Should().BeNull();
        roadmap.FindActivity(null!).Should().BeNull();
        roadmap.SectionOf(activity).Number.Should().Be("I");
        FluentActions.Invoking(() => roadmap.SectionOf(RoadmapActivity.Create("2.1", "Отбор", "май", [], []))).Should().Throw<ArgumentException>()
            .WithMessage("The activity is not in this roadmap*").Which.ParamName.Should().Be("activity");
        FluentActions.Invoking(() => MentorshipRoadmap.Create([RoadmapSection.Create("I", "А", []), RoadmapSection.Create("I", "Б", [])])).Should().Throw<ArgumentException>()
            .WithMessage("Section numbers repeat*").Which.ParamName.Should().Be("sections");
    }
}
