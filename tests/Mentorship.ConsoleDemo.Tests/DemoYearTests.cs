using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.Pairing;
using Mentorship.SampleData.Year;
using NodaTime;

namespace Mentorship.ConsoleDemo.Tests;

/// <summary>The shared demo year (console demo and web host seed): played to a date, it is the whole year cut there.</summary>
public sealed class DemoYearTests
{
    private static readonly DemoYear Whole = DemoYear.Play(DemoYear.LastDay);

    [Theory]
    [InlineData(2026, 8, 20)]
    [InlineData(2026, 9, 15)]
    [InlineData(2026, 11, 3)]
    [InlineData(2027, 1, 15)]
    [InlineData(2027, 4, 30)]
    public void Play_ToADate_HoldsTheWholeYearsEventsOfThatDateAndNothingLater(int y, int m, int d)
    {
        var today = new LocalDate(y, m, d);

        var year = DemoYear.Play(today);

        Describe(year.Responses).Should().Equal(Describe(Whole.Responses.Where(r => r.AnsweredOn <= today)));
        year.Achievements.Select(a => (a.Educator, a.On)).Should().Equal(Whole.Achievements.Where(a => a.On <= today).Select(a => (a.Educator, a.On)));
        var marks = year.Programmes.SelectMany(p => p.Plan.Where(l => l.IsDone).Select(l => (p.UnitId, l.Date, l.DoneOn))).ToArray();
        marks.Where(x => x.DoneOn > today).Should().BeEmpty();
        marks.Should().BeSubsetOf(Whole.Programmes.SelectMany(p => p.Plan.Where(l => l.IsDone).Select(l => (p.UnitId, l.Date, l.DoneOn))));
        (year.Pairing?.Orders ?? []).Select(o => o.Number).Should().Equal(Whole.Pairing!.Orders.Where(o => o.Date <= today).Select(o => o.Number));
        year.RoadmapProgress.Values.SelectMany(p => p.Completions.Values).Where(on => on > today).Should().BeEmpty();
        year.RoadmapProgress.Values.SelectMany(p => p.Completions.Values).Should().NotBeEmpty("the spring's roadmap work is done by every date played");
    }

    [Theory]
    // Seven mentors at the seminar of 10 September (all but T08), T01 and T02 at the November course.
    [InlineData(2026, 9, 5, 4, 0)]
    [InlineData(2026, 9, 15, 4, 7)]
    [InlineData(2027, 5, 31, 4, 9)]
    public void Play_ToADate_RegistersActivity11sActsAndTheTrainingHeldByThen(int y, int m, int d, int acts, int sessions)
    {
        var today = new LocalDate(y, m, d);

        var year = DemoYear.Play(today);

        year.LocalActs.Acts.Should().HaveCount(acts + (today >= new LocalDate(2026, 9, 4) ? 1 : 0));
        year.LocalActs.Acts.Should().OnlyContain(a => a.Date <= today);
        year.MentorBank.Entries.Sum(e => e.Training.Sessions.Count).Should().Be(sessions);
        var checklist = year.LocalActs.Checklist(today, year.Pairing?.Orders);
        checklist.Where(c => c.Present).Select(c => c.Kind).Should().Contain(
            [Mentorship.Domain.Monitoring.LocalActs.LocalActKind.SystemOrder, Mentorship.Domain.Monitoring.LocalActs.LocalActKind.Regulation,
             Mentorship.Domain.Monitoring.LocalActs.LocalActKind.Roadmap, Mentorship.Domain.Monitoring.LocalActs.LocalActKind.FixingOrder]);
    }

    [Fact]
    public void Play_ToTheDefaultDate_GivesEveryIndicatorData_ButTheCoordinatorsChange()
    {
        var year = DemoYear.Play(DemoYear.DefaultToday);

        var set = IndicatorCalculator.Compute(year.AddFactsTo(new MonitoringFactsBuilder()).Build(), MonitoringScope.ForOrganization(DemoYear.Organization.Id), year.SchoolYearSoFar);

        (year.SchoolYearSoFar.Start, year.SchoolYearSoFar.End).Should().Be((new LocalDate(2026, 9, 1), new LocalDate(2027, 1, 15)));
        set.Results.Where(r => !r.Value.HasData).Select(r => r.Id).Should().Equal("K7.coordinator");
        year.Pairing!.Units.Should().ContainSingle(u => u.Status == MentoringUnitStatus.EndedEarly);
        year.Programmes.Should().ContainSingle(p => p.Status == Domain.Pairing.Programmes.ProgramStatus.Draft, "the November pair's programme waits for approval on 18 January");
    }

    [Fact]
    public void Play_MentorWhoLeftTheJob_IsNeitherAReserveMentorNorStaffAfterHerLastDay()
    {
        var replacement = Whole.Pairing!.Units.SelectMany(u => u.Replacements).Single(r => r.Grounds == ReplacementGrounds.MentorLeftJob);
        var lastDay = replacement.EffectiveOn.PlusDays(-1);
        var leaver = replacement.PreviousMentor;
        var facts = Whole.AddFactsTo(new MonitoringFactsBuilder()).Build();
        var after = new DateInterval(lastDay.PlusDays(1), DemoYear.SchoolYear.End);

        leaver.Value.Should().Be("T08");
        Whole.MentorBank.Contains(leaver).Should().BeFalse("she left the mentor bank the day after her last working day");
        Whole.MentorBank.FormerEntries.Should().Contain(f => f.LeftOn == lastDay.PlusDays(1) && f.Reason == Domain.Banks.RemovalReason.LeftOrganization);
        facts.MentorBank.Should().NotContain(b => b.Mentor == leaver);
        facts.Educators.Single(e => e.Id == leaver).EmployedThrough.Should().Be(lastDay);
        var k10 = IndicatorCalculator.Compute(facts, MonitoringScope.ForOrganization(DemoYear.Organization.Id), after).Find("K10")!;
        k10.Counted.Should().NotContain(leaver.Value);
        var before = IndicatorCalculator.Compute(facts, MonitoringScope.ForOrganization(DemoYear.Organization.Id), new DateInterval(DemoYear.SchoolYear.Start, lastDay)).Find("K10")!;
        before.Counted.Should().Contain(leaver.Value, "she led S07's pair until her last day");
        (before.Denominator - k10.Denominator).Should().Be(1, "only she left the staff between the two days");
    }

    private static IEnumerable<string> Describe(IEnumerable<QuestionnaireResponse> responses) =>
        responses.Select(r => $"{r.Id} {r.AnsweredOn} {string.Join(",", r.Answers.Select(a => $"{a.ItemCode}={a.Score}{a.IsYes}{a.Text}"))}");
}
