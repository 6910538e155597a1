using Mentorship.Domain.Roadmap;
using NodaTime;
using NodaTime.Testing;

namespace Mentorship.Domain.Tests.Roadmap;

/// <summary>
/// A caller's mistake with the roadmap (a null, a blank text, a number out of range, a value outside an enumeration,
/// a null element of a collection) is an argument exception naming the argument; a null element names its collection.
/// </summary>
public class RoadmapGuardTests
{
    private static readonly LocalDate Day = new(2026, 9, 1);

    private static RoadmapSchedule Schedule() => new RoadmapScheduler().Schedule(SeedRoadmap.Roadmap, 2026);

    private static RoadmapActivity Activity() => SeedRoadmap.Roadmap.Sections[0].Activities[0];

    public static TheoryData<string, Action> CallerMistakes() => new()
    {
        { "parts", () => CompositeTiming.Create(null!) },
        { "start", () => DayRangeTiming.Create(new LocalDate(1899, 1, 1), Day) },
        { "end", () => DayRangeTiming.Create(Day, new LocalDate(9999, 1, 1)) },
        { "index", () => Deliverable.Create(0, "Приказ") },
        { "title", () => Deliverable.Create(1, " ") },
        { "name", () => DependencyRule.Create(" ", WorkItemRole.PairingOrder, WorkItemRole.MentorBank) },
        { "dependent", () => DependencyRule.Create("правило", (WorkItemRole)1000, WorkItemRole.MentorBank) },
        { "prerequisite", () => DependencyRule.Create("правило", WorkItemRole.PairingOrder, (WorkItemRole)1000) },
        { "firstHalf", () => HalfYearTiming.Create(0, 1, 2026, HalfYearBasis.CalendarYear) },
        { "lastHalf", () => HalfYearTiming.Create(2, 1, 2026, HalfYearBasis.CalendarYear) },
        { "basis", () => HalfYearTiming.Create(1, 2, 2026, (HalfYearBasis)1000) },
        { "sections", () => MentorshipRoadmap.Create(null!) },
        { "sections", () => MentorshipRoadmap.Create([null!]) },
        { "activity", () => SeedRoadmap.Roadmap.SectionOf(null!) },
        { "items", () => MonthListTiming.Create(null!) },
        { "items", () => MonthListTiming.Create([null!]) },
        { "day", () => MonthlyDeadlineTiming.Create(0) },
        { "day", () => MonthlyDeadlineTiming.Create(32) },
        { "start", () => MonthRangeTiming.Create(new YearMonth(1899, 1), new YearMonth(2026, 1)) },
        { "end", () => MonthRangeTiming.Create(new YearMonth(2026, 1), new YearMonth(9999, 1)) },
        { "dependent", () => PrerequisiteDueFirstRule.Check(null!, Schedule().Items[0], "правило") },
        { "prerequisite", () => PrerequisiteDueFirstRule.Check(Schedule().Items[0], null!, "правило") },
        { "dependency", () => PrerequisiteDueFirstRule.Check(Schedule().Items[0], Schedule().Items[0], null!) },
        { "firstQuarter", () => QuarterTiming.Create(0, 1) },
        { "lastQuarter", () => QuarterTiming.Create(3, 2) },
        { "lastQuarter", () => QuarterTiming.Create(1, 5) },
        { "name", () => ResponsibleParty.From(" ") },
        { "timingText", () => RoadmapActivity.Create("1.1", "Приказ", null!, [], []) },
        { "number", () => RoadmapActivity.Create(" ", "Приказ", "сентябрь", Activity().Timing, [], [], null) },
        { "title", () => RoadmapActivity.Create("1.1", " ", "сентябрь", Activity().Timing, [], [], null) },
        { "timing", () => RoadmapActivity.Create("1.1", "Приказ", "сентябрь", null!, [], [], null) },
        { "responsible", () => RoadmapActivity.Create("1.1", "Приказ", "сентябрь", Activity().Timing, null!, [], null) },
        { "responsible", () => RoadmapActivity.Create("1.1", "Приказ", "сентябрь", Activity().Timing, [null!], [], null) },
        { "deliverables", () => RoadmapActivity.Create("1.1", "Приказ", "сентябрь", Activity().Timing, [], null!, null) },
        { "deliverable", () => Activity().TimingOf(null!) },
        { "errors", () => _ = new RoadmapImportFailure(null!) },
        { "errors", () => _ = new RoadmapImportFailure([]) },
        { "roadmap", () => RoadmapImportResult.Success(null!) },
        { "roadmap", () => RoadmapImportResult.Success(null!, []) },
        { "warnings", () => RoadmapImportResult.Success(SeedRoadmap.Roadmap, null!) },
        { "warnings", () => RoadmapImportResult.Success(SeedRoadmap.Roadmap, [null!]) },
        { "failure", () => RoadmapImportResult.Failed(null!) },
        { "roadmap", () => RoadmapMarkdownRenderer.Render(null!) },
        { "schedule", () => _ = new RoadmapMonitor(null!, new FakeClock(Instant.FromUtc(2026, 9, 1, 0, 0)), DateTimeZone.Utc) },
        { "clock", () => _ = new RoadmapMonitor(Schedule(), null!, DateTimeZone.Utc) },
        { "zone", () => _ = new RoadmapMonitor(Schedule(), new FakeClock(Instant.FromUtc(2026, 9, 1, 0, 0)), null!) },
        { "workItemId", () => RoadmapProgress.Empty.WithDone(" ", Day) },
        { "item", () => RoadmapSchedule.StatusOf(null!, RoadmapProgress.Empty, Day) },
        { "progress", () => RoadmapSchedule.StatusOf(Schedule().Items[0], null!, Day) },
        { "progress", () => Schedule().Agenda(null!, Day, 7) },
        { "days", () => Schedule().Agenda(RoadmapProgress.Empty, Day, 0) },
        { "days", () => Schedule().Agenda(RoadmapProgress.Empty, Day, 3661) },
        { "progress", () => Schedule().Execution(null!, Day) },
        { "progress", () => new RoadmapMonitor(Schedule(), new FakeClock(Instant.FromUtc(2026, 9, 1, 0, 0)), DateTimeZone.Utc).Statuses(null!) },
        { "rules", () => _ = new RoadmapScheduler(null, [null!]) },
        { "roadmap", () => new RoadmapScheduler().Schedule(null!, 2026) },
        { "year", () => new RoadmapScheduler().Schedule(SeedRoadmap.Roadmap, 1899) },
        { "year", () => new RoadmapScheduler().Schedule(SeedRoadmap.Roadmap, 9999) },
        { "number", () => RoadmapSection.Create(" ", "Организационный этап", []) },
        { "title", () => RoadmapSection.Create("I", " ", []) },
        { "activities", () => RoadmapSection.Create("I", "Организационный этап", null!) },
        { "activities", () => RoadmapSection.Create("I", "Организационный этап", [null!]) },
        { "text", () => RoadmapTableImporter.Import(null!) },
        { "options", () => RoadmapTableImporter.Import(SeedRoadmap.Text, null!) },
        { "firstYear", () => SchoolYearSpanTiming.Create(1899, 2026) },
        { "lastYear", () => SchoolYearSpanTiming.Create(2026, 2026) },
        { "lastYear", () => YearSpanTiming.Create(2026, 2025) },
        { "timing", () => TimingParseResult.Success(null!) },
        { "failure", () => TimingParseResult.Failed(null!) },
        { "failure", () => UnrecognisedTiming.Create(null!) },
        { "value", () => _ = new RoadmapImportOptions { Mode = (RoadmapImportMode)1000 } },
        { "value", () => _ = new RoadmapImportOptions { HalfYears = (HalfYearBasis)1000 } },
    };

    [Theory]
    [MemberData(nameof(CallerMistakes))]
    public void CallerMistake_IsAnArgumentExceptionNamingTheArgument(string parameter, Action call)
    {
        call.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(parameter);
    }
}
