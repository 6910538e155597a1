using Mentorship.Domain.Calendar;
using Mentorship.Domain.Roadmap;
using NodaTime;

namespace Mentorship.Domain.Tests.Roadmap;

/// <summary>
/// The questions asked of a schedule at the edges of its dates: status on the first and the due day, the agenda's
/// first and last day, the monthly load at a month's first and last day, K12 on the due day and the day after.
/// Monday–Friday calendar, 2026.
/// </summary>
public class RoadmapScheduleBoundaryTests
{
    // 1.1: Tue 10 – Fri 13 March (14 March is a Saturday); 1.2: 31 March – 1 April, over a month's end;
    // 1.3: two deliverables, 20 April and 30 April (both weekdays); 1.4: 2 – 27 February.
    private static readonly RoadmapSchedule Schedule = new RoadmapScheduler(WeekdayCalendar.Instance).Schedule(
        MentorshipRoadmap.Create(
        [
            RoadmapSection.Create("I", "Раздел", [
                Activity("1.1", "с 10 по 14 марта", "директор"),
                Activity("1.2", "с 31 марта по 1 апреля", "наставник"),
                RoadmapActivity.Create("1.3", "Мероприятие", "апрель", [ResponsibleParty.From("директор"), ResponsibleParty.From("наставник")], [
                    Deliverable.Create(1, "Справка", "20 апреля"),
                    Deliverable.Create(2, "Отчёт", "30 апреля"),
                ]),
                Activity("1.4", "с 2 по 27 февраля", "куратор"),
            ]),
        ]),
        2026);

    private static RoadmapActivity Activity(string number, string timing, string responsible) =>
        RoadmapActivity.Create(number, "Мероприятие", timing, [ResponsibleParty.From(responsible)], [Deliverable.Create(1, "Справка")]);

    private static LocalDate D(int month, int day) => new(2026, month, day);

    private static WorkItem Item(string id) => Schedule.Find(id)!;

    [Fact]
    public void Schedule_HasTheDatesTheseTestsStandOn()
    {
        Schedule.Items.Select(i => $"{i.Id} {i.Start:MM-dd}..{i.Due:MM-dd}").Should().Equal(
            "1.1/1 03-10..03-13", "1.2/1 03-31..04-01", "1.3/1 04-20..04-20", "1.3/2 04-30..04-30", "1.4/1 02-02..02-27");
    }

    [Theory]
    [InlineData(3, 9, WorkItemStatus.Planned)]
    [InlineData(3, 10, WorkItemStatus.InProgress)]
    [InlineData(3, 13, WorkItemStatus.InProgress)]
    [InlineData(3, 14, WorkItemStatus.Overdue)]
    public void StatusOf_NothingDone_FollowsTheStartAndDueDay(int month, int day, WorkItemStatus status)
    {
        RoadmapSchedule.StatusOf(Item("1.1/1"), RoadmapProgress.Empty, D(month, day)).Should().Be(status);
    }

    [Theory]
    [InlineData(3, 11, 3, 11, WorkItemStatus.Done)]
    [InlineData(3, 11, 3, 10, WorkItemStatus.InProgress)]
    [InlineData(3, 20, 3, 19, WorkItemStatus.Overdue)]
    [InlineData(3, 20, 3, 20, WorkItemStatus.Done)]
    [InlineData(3, 1, 3, 2, WorkItemStatus.Done)]
    public void StatusOf_Done_CountsFromTheDayRecorded(int doneMonth, int doneDay, int asOfMonth, int asOfDay, WorkItemStatus status)
    {
        var progress = RoadmapProgress.Empty.WithDone("1.1/1", D(doneMonth, doneDay));

        RoadmapSchedule.StatusOf(Item("1.1/1"), progress, D(asOfMonth, asOfDay)).Should().Be(status);
    }

    [Fact]
    public void StatusOf_AnotherItemDone_DoesNotCount()
    {
        var progress = RoadmapProgress.Empty.WithDone("1.2/1", D(3, 1));

        RoadmapSchedule.StatusOf(Item("1.1/1"), progress, D(3, 11)).Should().Be(WorkItemStatus.InProgress);
    }

    [Fact]
    public void Agenda_ItemStartingOnTheLastDay_IsIn_ItemStartingTheDayAfter_IsNot()
    {
        var agenda = Schedule.Agenda(RoadmapProgress.Empty, D(3, 4), 7);

        agenda.Select(e => $"{e.Item.Id} {e.Status} {e.StartsInPeriod} {e.DueInPeriod}").Should().Equal(
            "1.4/1 Overdue False False", "1.1/1 Planned True False");
        Schedule.Agenda(RoadmapProgress.Empty, D(3, 4), 6).Select(e => e.Item.Id).Should().Equal("1.4/1");
    }

    [Fact]
    public void Agenda_ItemDueOnTheFirstDay_IsIn_AndOverdueItemsComeFirst()
    {
        var agenda = Schedule.Agenda(RoadmapProgress.Empty, D(3, 13), 19);

        agenda.Select(e => $"{e.Item.Id} {e.Status} {e.StartsInPeriod} {e.DueInPeriod}").Should().Equal(
            "1.4/1 Overdue False False",
            "1.1/1 InProgress False True",
            "1.2/1 Planned True False");
        Schedule.Agenda(RoadmapProgress.Empty, D(3, 13), 20).Select(e => e.DueInPeriod).Should().Equal(false, true, true);
    }

    [Fact]
    public void Agenda_DoneItems_AreLeftOut_EvenWhenDueInThePeriod()
    {
        var progress = RoadmapProgress.Empty.WithDone("1.4/1", D(2, 27)).WithDone("1.1/1", D(3, 12));

        Schedule.Agenda(progress, D(3, 13), 19).Select(e => e.Item.Id).Should().Equal("1.2/1");
    }

    [Fact]
    public void Agenda_OrdersByDueDay_AfterTheOverdue()
    {
        var agenda = Schedule.Agenda(RoadmapProgress.Empty, D(4, 2), 30);

        agenda.Select(e => $"{e.Item.Id} {e.Status}").Should().Equal(
            "1.4/1 Overdue", "1.1/1 Overdue", "1.2/1 Overdue", "1.3/1 Planned", "1.3/2 Planned");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3661)]
    public void Agenda_DaysOutOfRange_IsRefused(int days)
    {
        var agenda = () => Schedule.Agenda(RoadmapProgress.Empty, D(3, 1), days);

        agenda.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("days");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3660)]
    public void Agenda_DaysAtTheLimits_IsAnswered(int days)
    {
        Schedule.Agenda(RoadmapProgress.Empty, D(3, 13), days).Select(e => e.Item.Id).Should().Contain("1.1/1");
    }

    [Fact]
    public void LoadByResponsible_CountsAnItemInEveryMonthItsSpanMeets()
    {
        Schedule.LoadByResponsible().Select(l => $"{l.Party.Name} {l.Month.Month}: {string.Join(",", l.ItemIds)} ({l.OpenItems})").Should().Equal(
            "директор 3: 1.1/1 (1)",
            "директор 4: 1.3/1,1.3/2 (2)",
            "наставник 3: 1.2/1 (1)",
            "наставник 4: 1.2/1,1.3/1,1.3/2 (3)",
            "куратор 2: 1.4/1 (1)");
        Schedule.LoadByResponsible().Should().OnlyContain(l => l.Month.Year == 2026);
    }

    [Theory]
    [InlineData(2, 26, 0, 0)]
    [InlineData(2, 27, 1, 0)]
    [InlineData(3, 13, 2, 0)]
    [InlineData(3, 31, 2, 0)]
    [InlineData(4, 1, 3, 0)]
    [InlineData(4, 20, 4, 0)]
    public void Execution_NothingDone_CountsActivitiesDueOnOrBeforeTheDay(int month, int day, int due, int onTime)
    {
        var k12 = Schedule.Execution(RoadmapProgress.Empty, D(month, day));

        (k12.ActivitiesDue, k12.ActivitiesDoneOnTime, k12.AsOf).Should().Be((due, onTime, D(month, day)));
    }

    [Fact]
    public void Execution_DoneOnTheDueDay_IsOnTime_DoneTheDayAfter_IsNot()
    {
        var progress = RoadmapProgress.Empty.WithDone("1.4/1", D(2, 27)).WithDone("1.1/1", D(3, 14));

        var k12 = Schedule.Execution(progress, D(3, 31));

        (k12.ActivitiesDue, k12.ActivitiesDoneOnTime).Should().Be((2, 1));
    }

    [Fact]
    public void Execution_AnActivityIsOnTimeOnlyWhenEveryDueDeliverableIs()
    {
        var first = RoadmapProgress.Empty.WithDone("1.3/1", D(4, 20));

        Schedule.Execution(first, D(4, 25)).Should().Be(new RoadmapExecutionIndicator(D(4, 25), 4, 1));
        Schedule.Execution(first, D(4, 30)).ActivitiesDoneOnTime.Should().Be(0);
        Schedule.Execution(first.WithDone("1.3/2", D(4, 30)), D(4, 30)).ActivitiesDoneOnTime.Should().Be(1);
    }

    [Fact]
    public void Find_UnknownOrNullId_IsNull()
    {
        Schedule.Find("9.9/1").Should().BeNull();
        Schedule.Find(null!).Should().BeNull();
        Schedule.Find("1.1/1")!.Activity.Number.Should().Be("1.1");
    }
}
