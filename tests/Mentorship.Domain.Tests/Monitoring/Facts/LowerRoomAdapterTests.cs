using CsCheck;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Roadmap;
using Mentorship.Domain.Tests.Roadmap;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Monitoring.Facts;

/// <summary>The adapters from the Pairing register and the Roadmap schedule into monitoring facts.</summary>
public class LowerRoomAdapterTests
{
    private static readonly RoadmapSchedule Seed2025 = new RoadmapScheduler(Mentorship.Domain.Calendar.RussianProductionCalendar.Default).Schedule(SeedRoadmap.Roadmap, 2025);

    [Fact]
    public void From_ReplacedThenCompletedPair_KeepsTheReplacementWithinTheClosedProgramme()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        register.ReplaceMentor(unit.Id, Replacement(register, "T02", new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 20))).IsAccepted.Should().BeTrue();
        register.Complete(unit.Id, SchoolYear.End, MentoringOutcome.NotAchieved).IsAccepted.Should().BeTrue();

        var fact = ProgrammeFact.From(Build.Org, unit)!;

        (fact.Mentor, fact.ClosedOn, fact.Closure).Should().Be((Id("T01"), (LocalDate?)SchoolYear.End, (ProgrammeClosure?)ProgrammeClosure.CompletedNotDone));
        fact.Replacements.Select(r => (r.On, r.NewMentor)).Should().Equal((new LocalDate(2027, 1, 20), Id("T02")));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(15)]
    public void From_MentorReplacedBeforeOrOnTheStart_CountsTheNewMentorAsTheFirst(int replacedOn)
    {
        var register = Register();
        var unit = Propose(register, "T01", "S01");
        Consent(register, unit);
        Fix(register, unit);
        register.ReplaceMentor(unit.Id, Replacement(register, "T02", new LocalDate(2026, 9, 2), new LocalDate(2026, 9, replacedOn))).IsAccepted.Should().BeTrue();
        register.Activate(unit.Id, new LocalDate(2026, 9, 15)).IsAccepted.Should().BeTrue();

        var fact = ProgrammeFact.From(Build.Org, unit)!;

        fact.Mentor.Should().Be(Id("T02"));
        fact.Replacements.Should().BeEmpty();
        fact.Start.Should().Be(new LocalDate(2026, 9, 15));
    }

    [Fact]
    public void Add_PairingRegister_TakesStartedUnitsWithTheirClosureAndReplacements()
    {
        var register = Register();
        var done = Running(register, "T01", "S01");
        var early = Running(register, "T02", "S02");
        var replaced = Running(register, "T03", "S03");
        var partly = Running(register, "T05", "S05");
        Propose(register, "T04", "S04");
        register.Complete(done.Id, new LocalDate(2027, 5, 31), MentoringOutcome.Achieved).IsAccepted.Should().BeTrue();
        register.Complete(partly.Id, new LocalDate(2027, 5, 31), MentoringOutcome.PartlyAchieved).IsAccepted.Should().BeTrue();
        register.TerminateEarly(early.Id, Termination(register, new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 15))).IsAccepted.Should().BeTrue();
        register.ReplaceMentor(replaced.Id, Replacement(register, "T04", new LocalDate(2027, 1, 11), new LocalDate(2027, 1, 20))).IsAccepted.Should().BeTrue();
        var plans = new Dictionary<MentoringUnitId, PlanItemFact[]> { [done.Id] = [new PlanItemFact("1", new LocalDate(2026, 10, 15), new LocalDate(2026, 10, 14))] };

        var facts = new MonitoringFactsBuilder().Add(register, id => plans.TryGetValue(id, out var p) ? p : []).Build();

        facts.Programmes.Should().HaveCount(4, "the proposed unit never started");
        var d = facts.FindProgramme(done.Id.Value)!;
        (d.OrganizationId, d.Start, d.PlannedEnd, d.ClosedOn, d.Closure).Should().Be((Build.Org, Start, SchoolYear.End, new LocalDate(2027, 5, 31), ProgrammeClosure.CompletedDone));
        d.Plan.Should().ContainSingle();
        facts.FindProgramme(partly.Id.Value)!.Closure.Should().Be(ProgrammeClosure.CompletedNotDone);
        var e = facts.FindProgramme(early.Id.Value)!;
        (e.ClosedOn, e.Closure).Should().Be((new LocalDate(2026, 12, 15), ProgrammeClosure.EndedEarly));
        var r = facts.FindProgramme(replaced.Id.Value)!;
        (r.Mentor.Value, r.MentorOn(new LocalDate(2027, 2, 1)).Value, r.ClosedOn).Should().Be(("T03", "T04", (LocalDate?)null));

        var set = IndicatorCalculator.Compute(facts, MonitoringScope.ForOrganization(Build.Org), SchoolYear);
        (set.Get(IndicatorCode.K3).Numerator, set.Get(IndicatorCode.K3).Denominator).Should().Be((1L, 3L));
        (set.Get(IndicatorCode.K5).Numerator, set.Get(IndicatorCode.K5).Denominator).Should().Be((2L, 4L));
    }

    [Fact]
    public void Add_PairingRegisterWithProgrammes_TakesEachPlanLineWithItsDoneMark()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        Running(register, "T02", "S02");
        var programme = ProgramBuild.Program(unit);
        programme.Approve(new LocalDate(2026, 9, 2)).IsAccepted.Should().BeTrue();
        programme.MarkDone(1, programme.Plan[0].Date).IsAccepted.Should().BeTrue();

        var facts = new MonitoringFactsBuilder().Add(register, [programme]).Build();

        var plan = facts.FindProgramme(unit.Id.Value)!.Plan;
        plan.Select(p => p.Id).Should().Equal(Enumerable.Range(1, programme.Plan.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        plan.Select(p => p.Due).Should().Equal(programme.Plan.Select(p => p.Date));
        plan.Select(p => p.DoneOn).Should().Equal(programme.Plan.Select(p => p.DoneOn));
        plan[0].DoneOn.Should().NotBeNull();
        facts.Programmes.Should().HaveCount(2).And.Contain(p => p.Plan.Count == 0, "the other pair has no programme yet");
        new MonitoringFactsBuilder().Invoking(b => b.Add(register, [programme, programme])).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Add_RoadmapSchedule_PrefixesTheYearAndKeepsTheDoneDates()
    {
        var progress = RoadmapProgress.Empty.WithDone("2.1/1", new LocalDate(2025, 9, 20));

        var facts = new MonitoringFactsBuilder().Add(Build.Org, Seed2025, progress).Build();

        facts.RoadmapItems.Should().HaveCount(Seed2025.Items.Count);
        var item = facts.RoadmapItems.Single(i => i.Id == "2025:2.1/1");
        (item.Activity, item.DoneOn, item.Due).Should().Be(("2.1", (LocalDate?)new LocalDate(2025, 9, 20), Seed2025.Find("2.1/1")!.Due));
    }

    [Fact]
    public void K12_OverAWholeSchedule_AgreesWithTheRoadmapRoomsExecution()
    {
        var dates = Gen.Int[0, 364].Select(i => new LocalDate(2025, 1, 1).PlusDays(i));
        var progresses = Gen.Select(Gen.Int[0, Seed2025.Items.Count - 1], dates).Array[0, 12]
            .Select(done => done.Aggregate(RoadmapProgress.Empty, (p, x) => p.WithDone(Seed2025.Items[x.Item1].Id, x.Item2)));

        Gen.Select(progresses, dates).Sample((progress, asOf) =>
        {
            var facts = new MonitoringFactsBuilder().Add(Build.Org, Seed2025, progress).Build();
            var k12 = IndicatorCalculator.Compute(facts, MonitoringScope.ForOrganization(Build.Org), new DateInterval(new LocalDate(2000, 1, 1), asOf)).Get(IndicatorCode.K12);
            var theirs = Seed2025.Execution(progress, asOf);

            (k12.Numerator, k12.Denominator).Should().Be((theirs.ActivitiesDoneOnTime, theirs.ActivitiesDue));
        }, iter: 200);
    }
}
