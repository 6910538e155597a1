using Mentorship.Domain.Roadmap;

namespace Mentorship.Domain.Tests.Roadmap;

/// <summary>A school's own table, with phrases of real plans: readable cells get their windows, unreadable ones a warning.</summary>
public class RoadmapLenientImportTests
{
    private const string Header = "№п/п\tНаименование мероприятия\tСрок реализации\tОтветственный исполнитель\tРезультат, вид документа";

    private static readonly string SchoolTable =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Roadmap", "Fixtures", "school-roadmap.txt"));

    private static string Windows(Timing timing, int year) =>
        string.Join(" ", timing.WindowsFor(year).Select(w => $"{w.Start:yyyy-MM-dd}..{w.End:yyyy-MM-dd}"));

    private static MentorshipRoadmap Imported()
    {
        var result = RoadmapTableImporter.Import(SchoolTable);
        result.IsSuccess.Should().BeTrue(result.IsSuccess ? string.Empty : result.Failure.ToString());
        return result.Roadmap;
    }

    [Fact]
    public void Import_SchoolTable_ImportsEveryActivityAndWarnsForEachUnreadableCellWithItsLine()
    {
        var result = RoadmapTableImporter.Import(SchoolTable);

        result.IsSuccess.Should().BeTrue();
        result.Roadmap.Activities.Should().HaveCount(17);
        result.Warnings.Select(w => (w.LineNumber, w.ActivityNumber, w.Failure.Text))
            .Should().Equal((12, "2.2", "в каникулярное время"), (23, "4.2", "после подведения итогов"), (25, "4.4", "по запросу"));
        result.Warnings.Should().OnlyContain(w => w.Code == RoadmapImportErrorCode.UnreadableTiming);
        result.Warnings[0].Message.Should().StartWith("Мероприятие 2.2: срок «в каникулярное время» не распознан")
            .And.Contain("взято без дат").And.Contain("Каникулы");
        result.Warnings[1].ToString().Should().StartWith("строка 23: Мероприятие 4.2");
    }

    [Theory]
    [InlineData("1.1", "deadline", "2026-09-01..2026-09-01")]
    [InlineData("1.2", "deadline", "2026-04-30..2026-04-30")]
    [InlineData("1.3", "school-years", "2026-09-01..2027-05-31")]
    [InlineData("2.1", "month-list", "2026-03-01..2026-03-31 2026-04-01..2026-04-30")]
    [InlineData("2.2", "unrecognised", "")]
    [InlineData("2.3", "day-range", "2026-03-10..2026-03-14")]
    [InlineData("3.1", "separate-plan", "")]
    [InlineData("3.2", "quarter", "2026-04-01..2026-06-30")]
    [InlineData("3.3", "half-year", "2027-01-01..2027-05-31")]
    [InlineData("3.4", "through-year", "2026-01-01..2026-12-31")]
    [InlineData("3.5", "as-needed", "")]
    [InlineData("4.1", "month-list", "2026-11-01..2026-11-30 2027-02-01..2027-02-28")]
    [InlineData("4.2", "unrecognised", "")]
    [InlineData("4.3", "date", "2027-05-15..2027-05-15")]
    [InlineData("4.4", "unrecognised", "")]
    [InlineData("4.5", "years", "2026-01-01..2027-12-31")]
    public void Import_SchoolTable_ReadsEachCellFor2026(string number, string code, string windows)
    {
        var activity = Imported().FindActivity(number)!;
        activity.Timing.Code.Should().Be(code);
        Windows(activity.Timing, 2026).Should().Be(windows);
    }

    [Fact]
    public void Import_SchoolTable_MonthlyDeadlineGivesTwelveDays()
    {
        Imported().FindActivity("2.4")!.Timing.WindowsFor(2026).Select(w => w.Start.Day).Should().Equal(Enumerable.Repeat(5, 12));
    }

    [Fact]
    public void Import_UnrecognisedCell_KeepsTheTextAndTheFailure()
    {
        var activity = Imported().FindActivity("4.2")!;
        activity.TimingText.Should().Be("после подведения итогов");
        var timing = activity.Timing.Should().BeOfType<UnrecognisedTiming>().Subject;
        timing.Text.Should().Be("после подведения итогов");
        timing.ToString().Should().Be("после подведения итогов");
        timing.Failure.Error.Should().Be(TimingParseError.Unrecognized);
        timing.Failure.Hint.Should().Contain("событию");
    }

    [Fact]
    public void Import_DeliverableInsideASchoolYear_TakesTheYearOfItsMonth()
    {
        var activity = Imported().FindActivity("1.3")!;
        activity.Deliverables.Select(d => Windows(activity.TimingOf(d), 2030))
            .Should().Equal("2026-08-01..2026-08-31", "2026-09-01..2026-09-30");
    }

    [Fact]
    public void Schedule_SchoolTable_ListsUnrecognisedWorkWithoutDates()
    {
        var schedule = new RoadmapScheduler().Schedule(Imported(), 2026);

        schedule.Unscheduled.Where(u => u.Timing is UnrecognisedTiming)
            .Select(u => (u.Activity.Number, u.Reason))
            .Should().Equal(("2.2", UnscheduledReason.NoDates), ("4.2", UnscheduledReason.NoDates), ("4.4", UnscheduledReason.NoDates));
        schedule.Items.Should().Contain(i => i.Activity.Number == "2.3" && i.Due == new NodaTime.LocalDate(2026, 3, 13));
        schedule.Items.Should().NotContain(i => i.Activity.Number == "2.2" || i.Activity.Number == "4.2");
    }

    [Fact]
    public void Import_Strict_RefusesTheWholeTableWithEveryUnreadableLine()
    {
        var result = RoadmapTableImporter.Import(SchoolTable, RoadmapImportOptions.Strict);

        result.IsSuccess.Should().BeFalse();
        result.Warnings.Should().BeEmpty();
        result.Failure.Errors.Select(e => (e.LineNumber, e.Code)).Should().Equal(
            (12, RoadmapImportErrorCode.UnreadableTiming),
            (23, RoadmapImportErrorCode.UnreadableTiming),
            (25, RoadmapImportErrorCode.UnreadableTiming));
        result.Failure.Errors[1].Message.Should().Contain("«после подведения итогов» не распознан");
    }

    [Fact]
    public void Import_CalendarHalves_ReadsHalfYearsAsCalendarHalves()
    {
        var result = RoadmapTableImporter.Import(SchoolTable, new RoadmapImportOptions { HalfYears = HalfYearBasis.CalendarYear });

        Windows(result.Roadmap.FindActivity("3.3")!.Timing, 2026).Should().Be("2026-07-01..2026-12-31");
        result.Warnings.Should().HaveCount(3);
    }

    [Fact]
    public void Import_SeedWithAnUnreadableCell_ImportsWithOneWarning()
    {
        var result = RoadmapTableImporter.Import(SeedRoadmap.Text.Replace("\tсентябрь\t", "\tкогда-нибудь\t"));

        result.IsSuccess.Should().BeTrue();
        result.Roadmap.Activities.Should().HaveCount(8);
        result.Warnings.Should().ContainSingle().Which.LineNumber.Should().Be(52);
        result.Roadmap.FindActivity("3.2")!.Timing.Code.Should().Be("unrecognised");
    }

    [Fact]
    public void Import_Seed_HasNoWarnings()
    {
        RoadmapTableImporter.Import(SeedRoadmap.Text).Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Import_SectionWithoutActivities_IsStillRefusedWhenLenient()
    {
        var text = string.Join("\n", Header, "I. Раздел\t\t\t\t", "1.1\tА\tв каникулярное время\tдиректор\tСправка", "II. Пустой раздел\t\t\t\t");
        var result = RoadmapTableImporter.Import(text);

        result.IsSuccess.Should().BeFalse();
        result.Failure.Errors.Select(e => (e.LineNumber, e.Code)).Should().Equal((4, RoadmapImportErrorCode.EmptySection));
    }

    [Fact]
    public void Import_MissingTimingCell_IsStillRefusedWhenLenient()
    {
        var text = string.Join("\n", Header, "I. Раздел\t\t\t\t", "1.1\tА\t\tдиректор\tСправка", "1.2\tБ\tпосле итогов\tдиректор\tСправка");
        var result = RoadmapTableImporter.Import(text);

        result.Failure.Errors.Select(e => (e.LineNumber, e.Code)).Should().Equal((3, RoadmapImportErrorCode.MissingCell));
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Import_StrayRow_IsStillRefusedWhenLenient()
    {
        var text = string.Join("\n", Header, "I. Раздел\t\t\t\t", "1.1\tА\tпосле итогов\tдиректор\tСправка", "Подпись директора");
        RoadmapTableImporter.Import(text).Failure.Errors.Single().Code.Should().Be(RoadmapImportErrorCode.UnreadableRow);
    }

    [Fact]
    public void RoadmapActivityCreate_UnrecognisedTimingOfAnotherText_Throws()
    {
        var timing = RussianTimingParser.Parse("после итогов").OrUnrecognised();
        var act = () => RoadmapActivity.Create("1.1", "А", "в каникулы", timing, [], [], null);
        act.Should().Throw<ArgumentException>();
    }
}
