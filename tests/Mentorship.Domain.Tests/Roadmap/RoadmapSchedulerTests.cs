using CsCheck;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Roadmap;
using NodaTime;
using NodaTime.Testing;

namespace Mentorship.Domain.Tests.Roadmap;

public class RoadmapSchedulerTests
{
    private static readonly RoadmapSchedule Seed2025 =
        new RoadmapScheduler(RussianProductionCalendar.Default).Schedule(SeedRoadmap.Roadmap, 2025);

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Schedule_Seed2025_GivesTenWorkItemsAndListsTheRest()
    {
        Seed2025.Items.Select(i => i.Id).Should().Equal(
            "2.1/1", "2.2/1", "2.4/1", "2.4/2", "2.4/3", "3.1/1", "3.1/2", "3.1/3", "3.2/1", "4.1/1");
        Seed2025.Unscheduled.Select(u => $"{u.Activity.Number}/{u.Deliverable?.Index}:{u.Reason}").Should().Equal(
            "1.1/1:OutsideYear", "1.1/2:OutsideYear", "1.1/3:OutsideYear", "1.1/4:OutsideYear", "1.1/5:OutsideYear",
            "2.3/1:NoDates", "2.3/2:NoDates");
    }

    [Theory]
    [InlineData("2.1/1", "2025-04-01", "2025-09-30")]
    [InlineData("2.4/1", "2025-01-09", "2025-12-30")] // 1–8 January (art. 112) and 31.12.2025 (decree № 1335) are off
    [InlineData("3.1/1", "2025-05-05", "2025-12-30")] // 1–4 May 2025 are off (decree № 1335: 02.05)
    [InlineData("3.1/2", "2025-04-01", "2025-04-30")]
    [InlineData("3.2/1", "2025-09-01", "2025-09-30")]
    public void Schedule_Seed2025OnTheProductionCalendar_StartsAndIsDueOnWorkingDays(string id, string start, string due)
    {
        var item = Seed2025.Find(id)!;
        item.Start.ToString("yyyy-MM-dd", null).Should().Be(start);
        item.Due.ToString("yyyy-MM-dd", null).Should().Be(due);
    }

    [Fact]
    public void Schedule_Seed2025_LinksTheCycleAndFindsNoConflict()
    {
        Seed2025.Dependencies.Select(d => $"{d.DependentId}<{d.PrerequisiteId}").Should().BeEquivalentTo(
            "2.4/1<2.1/1", "2.4/1<2.2/1", "2.4/2<2.4/1", "3.1/1<2.4/3");
        Seed2025.Conflicts.Should().BeEmpty();
    }

    [Fact]
    public void Schedule_Seed2022_FindsTheAugustOrderBeforeTheSeptemberBanks()
    {
        var schedule = new RoadmapScheduler().Schedule(SeedRoadmap.Roadmap, 2022);

        schedule.Find("1.1/4")!.Due.Should().Be(D(2022, 8, 31));
        schedule.Conflicts.Select(c => c.Argument("item")!.Value + "<" + c.Argument("prerequisite")!.Value).Should().BeEquivalentTo(
            "1.1/4<2.1/1", "1.1/4<2.2/1", "1.1/5<2.4/1");
        schedule.Conflicts.Should().OnlyContain(c => c.Code == PrerequisiteDueFirstRule.Code);
    }

    [Fact]
    public void Schedule_DeadlineOnASunday_IsDueTheFridayBefore()
    {
        var roadmap = OneActivity("до 14 сентября");
        var item = new RoadmapScheduler().Schedule(roadmap, 2025).Items.Single();
        (item.Start, item.Due).Should().Be((D(2025, 9, 12), D(2025, 9, 12)));
    }

    [Fact]
    public void Schedule_Quarterly_GivesFourNumberedItems()
    {
        var schedule = new RoadmapScheduler().Schedule(OneActivity("ежеквартально"), 2025);
        schedule.Items.Select(i => i.Id).Should().Equal("1.1/1#1", "1.1/1#2", "1.1/1#3", "1.1/1#4");
    }

    [Fact]
    public void Schedule_SchoolYear_KeepsTheWindowThatStartsInTheYear()
    {
        var item = new RoadmapScheduler().Schedule(OneActivity("в течение учебного года"), 2025).Items.Single();
        (item.Start, item.Due).Should().Be((D(2025, 9, 1), D(2026, 5, 29)));
    }

    [Fact]
    public void Schedule_UnknownProductionYear_Throws()
    {
        var act = () => new RoadmapScheduler(RussianProductionCalendar.Default).Schedule(SeedRoadmap.Roadmap, 2030);
        act.Should().Throw<UnknownProductionYearException>();
    }

    [Theory]
    [InlineData("2025-03-01", WorkItemStatus.Planned)]
    [InlineData("2025-04-01", WorkItemStatus.InProgress)]
    [InlineData("2025-09-30", WorkItemStatus.InProgress)]
    [InlineData("2025-10-01", WorkItemStatus.Overdue)]
    public void StatusOf_NotDone_FollowsTheDates(string asOf, WorkItemStatus status)
    {
        var date = LocalDate.FromDateTime(DateTime.Parse(asOf));
        RoadmapSchedule.StatusOf(Seed2025.Find("2.1/1")!, RoadmapProgress.Empty, date).Should().Be(status);
    }

    [Fact]
    public void StatusOf_DoneLater_IsDoneOnlyFromThatDay()
    {
        var progress = RoadmapProgress.Empty.WithDone("2.1/1", D(2025, 10, 3));
        var item = Seed2025.Find("2.1/1")!;
        RoadmapSchedule.StatusOf(item, progress, D(2025, 10, 2)).Should().Be(WorkItemStatus.Overdue);
        RoadmapSchedule.StatusOf(item, progress, D(2025, 10, 3)).Should().Be(WorkItemStatus.Done);
    }

    [Fact]
    public void Agenda_Next30DaysFromMidSeptember_PutsOverdueFirstAndMarksDueDates()
    {
        var agenda = Seed2025.Agenda(RoadmapProgress.Empty.WithDone("3.1/2", D(2025, 4, 25)), D(2025, 9, 15), 30);

        agenda.Select(e => e.Item.Id).Should().Equal(
            "3.1/3", "2.1/1", "2.2/1", "3.2/1", "2.4/1", "2.4/2", "2.4/3", "3.1/1", "4.1/1");
        agenda[0].Status.Should().Be(WorkItemStatus.Overdue);
        agenda.Where(e => e.DueInPeriod).Select(e => e.Item.Id).Should().Equal("2.1/1", "2.2/1", "3.2/1");
        agenda.Should().NotContain(e => e.StartsInPeriod);
    }

    [Fact]
    public void LoadByResponsible_April2025_CountsTheOpenWork()
    {
        var loads = Seed2025.LoadByResponsible();
        var april = new YearMonth(2025, 4);
        loads.Single(l => l.Party == ResponsibleParty.From("директор") && l.Month == april).ItemIds
            .Should().Equal("2.1/1", "2.2/1", "2.4/1", "2.4/2", "2.4/3", "3.1/2", "3.1/3", "4.1/1");
        loads.Single(l => l.Party == ResponsibleParty.From("методический совет") && l.Month == april).OpenItems.Should().Be(6);
        loads.Select(l => l.Party.Name).Distinct().Should().Equal("директор", "заместитель директора", "методический совет");
    }

    [Fact]
    public void Execution_MidOctober2025_CountsActivitiesDoneOnTime()
    {
        var progress = RoadmapProgress.Empty
            .WithDone("2.1/1", D(2025, 9, 20))
            .WithDone("2.2/1", D(2025, 10, 2))
            .WithDone("3.1/2", D(2025, 4, 28))
            .WithDone("3.1/3", D(2025, 4, 28));

        var k12 = Seed2025.Execution(progress, D(2025, 10, 15));

        (k12.ActivitiesDue, k12.ActivitiesDoneOnTime).Should().Be((4, 2)); // 2.1 and 3.1 on time; 2.2 late; 3.2 not done
        k12.Share.Should().Be(0.5);
    }

    [Fact]
    public void Execution_BeforeAnythingIsDue_HasNoShare()
    {
        Seed2025.Execution(RoadmapProgress.Empty, D(2025, 1, 10)).Share.Should().BeNull();
    }

    [Fact]
    public void Monitor_TakesTodayFromTheClockInTheZone()
    {
        // 20:30 UTC on 30 September is already 1 October in Volgograd (UTC+3).
        var clock = new FakeClock(Instant.FromUtc(2025, 9, 30, 21, 30));
        var monitor = new RoadmapMonitor(Seed2025, clock, DateTimeZoneProviders.Tzdb["Europe/Volgograd"]);

        monitor.Today.Should().Be(D(2025, 10, 1));
        monitor.Statuses(RoadmapProgress.Empty).Single(s => s.Item.Id == "2.1/1").Status.Should().Be(WorkItemStatus.Overdue);
        monitor.Agenda(RoadmapProgress.Empty, 30).Should().NotBeEmpty();
        monitor.Execution(RoadmapProgress.Empty).ActivitiesDue.Should().Be(4);
    }

    private static readonly Gen<LocalDate> Dates2025 = Gen.Int[0, 364].Select(i => D(2025, 1, 1).PlusDays(i));

    private static readonly Gen<RoadmapProgress> Progresses =
        Gen.Select(Gen.Int[0, 9], Dates2025).Array[0, 10].Select(done => done.Aggregate(
            RoadmapProgress.Empty, (p, x) => p.WithDone(Seed2025.Items[x.Item1].Id, x.Item2)));

    [Fact]
    public void Schedule_SeedAnyBuiltInYear_ItemsStartAndEndOnWorkingDaysInsideTheirWindows()
    {
        Gen.Int[2024, 2027].Sample(year =>
        {
            var calendar = RussianProductionCalendar.Default;
            var schedule = new RoadmapScheduler(calendar).Schedule(SeedRoadmap.Roadmap, year);
            schedule.Items.Should().OnlyContain(i =>
                i.Start <= i.Due && calendar.IsWorkingDay(i.Start) && calendar.IsWorkingDay(i.Due)
                && i.Window.Contains(i.Start) && i.Window.Contains(i.Due));
        }, iter: 8);
    }

    [Fact]
    public void Statuses_AnyProgressAndDate_AreConsistent()
    {
        Gen.Select(Progresses, Dates2025, Gen.Int[1, 60]).Sample((progress, asOf, days) =>
        {
            foreach (var item in Seed2025.Items)
            {
                var status = RoadmapSchedule.StatusOf(item, progress, asOf);
                var done = progress.DoneOn(item.Id) is { } d && d <= asOf;
                (status == WorkItemStatus.Done).Should().Be(done);
                if (status == WorkItemStatus.Overdue)
                {
                    item.Due.Should().BeLessThan(asOf);
                }
            }

            var agenda = Seed2025.Agenda(progress, asOf, days);
            agenda.Should().NotContain(e => e.Status == WorkItemStatus.Done);
            agenda.Select(e => e.Status == WorkItemStatus.Overdue).Should().BeInDescendingOrder();

            var k12 = Seed2025.Execution(progress, asOf);
            k12.ActivitiesDoneOnTime.Should().BeInRange(0, k12.ActivitiesDue);
            k12.ActivitiesDue.Should().BeLessThanOrEqualTo(SeedRoadmap.Roadmap.Activities.Count);
        });
    }

    [Fact]
    public void Schedule_RandomTimings_NeverThrowsAndKeepsItemsInTheYear()
    {
        var phrases = Gen.OneOfConst(
            "сентябрь", "октябрь – май", "Апрель-август 2022", "ежегодно апрель - сентябрь", "ежегодно", "в течение года",
            "в течение учебного года", "ежеквартально", "ежемесячно", "до 15 сентября", "по отдельному плану",
            "по мере необходимости", "май – декабрь; апрель", "до 1 января", "декабрь 2024 – январь 2026");
        Gen.Select(phrases.Array[1, 6], Gen.Int[2020, 2030]).Sample((cells, year) =>
        {
            var activities = cells.Select((c, i) => RoadmapActivity.Create(
                $"1.{i + 1}", "Мероприятие", c, [ResponsibleParty.From("директор")], [Deliverable.Create(1, "Справка")]));
            var roadmap = MentorshipRoadmap.Create([RoadmapSection.Create("I", "Раздел", activities)]);
            var schedule = new RoadmapScheduler().Schedule(roadmap, year);
            (schedule.Items.Select(i => i.Activity).Distinct().Count() + schedule.Unscheduled.Count).Should().BeGreaterThanOrEqualTo(cells.Length);
            schedule.Items.Should().NotContain(i => !(i.Start <= i.Due && i.Window.End.Year >= year && i.Window.Start.Year <= year));
        });
    }

    private static MentorshipRoadmap OneActivity(string timing) =>
        MentorshipRoadmap.Create(
        [
            RoadmapSection.Create("I", "Раздел", [RoadmapActivity.Create("1.1", "Мероприятие", timing, [ResponsibleParty.From("Директор")], [Deliverable.Create(1, "Справка")])]),
        ]);
}
