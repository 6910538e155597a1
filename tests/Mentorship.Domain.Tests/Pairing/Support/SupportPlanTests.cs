using Mentorship.Domain.Calendar;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Events;
using Mentorship.Domain.Pairing.Support;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Pairing.Support;

public class SupportPlanTests
{
    private static readonly LocalDate Opened = new(2026, 10, 30);

    private static SupportPlan Standard() =>
        SupportPlan.OpenStandard(Id("S07"), Build.Org, Build.Year, Opened, UnpairedCause.AllCapableMentorsFull, new DateInterval(Opened, SchoolYear.End), RussianProductionCalendar.Default).Value;

    [Fact]
    public void OpenStandard_PutsTheMeasuresOnWorkingDaysWithAMonthlySearch()
    {
        var plan = Standard();

        // 3, 5 and 10 working days after Friday 30 October 2026, over the 4 November holiday.
        plan.Measures.Where(m => !m.IsSearch).Select(m => (m.Date, m.Role)).Should().Equal(
            (new LocalDate(2026, 11, 5), SupportRole.Psychologist),
            (new LocalDate(2026, 11, 9), SupportRole.MethodologicalAssociation),
            (new LocalDate(2026, 11, 16), SupportRole.Coordinator));
        var searches = plan.Measures.Where(m => m.IsSearch).Select(m => m.Date).ToArray();
        searches.Should().HaveCount(7);
        searches[0].Should().Be(new LocalDate(2026, 11, 2));
        searches[2].Should().Be(new LocalDate(2027, 1, 11), "the first working day of January 2027 comes after the New Year holidays");
        plan.Measures.Should().OnlyContain(m => RussianProductionCalendar.Default.IsWorkingDay(m.Date));
        plan.Measures.Select(m => m.Date).Should().BeInAscendingOrder();
        plan.DequeueEvents().Should().ContainSingle().Which.Should().BeOfType<SupportPlanOpened>();
    }

    [Fact]
    public void Open_NoMeasureOrAMeasureBeforeOpening_IsNamed()
    {
        SupportPlan.Open(Id("S07"), Build.Org, Build.Year, Opened, UnpairedCause.PairEndedEarly, []).Rejection.Has(SupportPlanRule.NoMeasures).Should().BeTrue();
        var early = new SupportMeasure("Консультация", "консультация", Opened.PlusDays(-1), SupportRole.Coordinator);
        SupportPlan.Open(Id("S07"), Build.Org, Build.Year, Opened, UnpairedCause.PairEndedEarly, [early]).Rejection.Has(SupportPlanRule.MeasureBeforeOpening).Should().BeTrue();
    }

    [Fact]
    public void PairFound_ClosesThePlan_AndLaterCommandsAreRefused()
    {
        var plan = Standard();
        plan.MarkDone(2, new LocalDate(2026, 11, 5)).IsAccepted.Should().BeTrue();
        plan.MarkDone(2, new LocalDate(2026, 11, 5)).Rejection.Has(SupportPlanRule.UnknownOrDoneMeasure).Should().BeTrue();
        plan.RecordSearch(new SearchAttempt(new LocalDate(2026, 11, 2), false, UnpairedCause.AllCapableMentorsFull)).IsAccepted.Should().BeTrue();

        plan.PairFound(MentoringUnitId.From("2026-012"), new LocalDate(2026, 11, 23)).IsAccepted.Should().BeTrue();

        plan.Status.Should().Be(SupportPlanStatus.PairFound);
        plan.Unit.Should().Be(MentoringUnitId.From("2026-012"));
        plan.RecordSearch(new SearchAttempt(new LocalDate(2026, 12, 1), true, null)).Rejection.Has(SupportPlanRule.NotOpen).Should().BeTrue();
        plan.Close(new LocalDate(2026, 12, 1)).Rejection.Has(SupportPlanRule.NotOpen).Should().BeTrue();
    }

    [Fact]
    public void FromSnapshot_ThroughJson_RestoresExactly()
    {
        var plan = Standard();
        plan.MarkDone(2, new LocalDate(2026, 11, 9));
        plan.RecordSearch(new SearchAttempt(new LocalDate(2026, 11, 2), false, UnpairedCause.AllCapableMentorsFull));
        plan.Close(new LocalDate(2026, 12, 1));
        var json = Json.Write(plan.ToSnapshot());

        Json.Write(SupportPlan.FromSnapshot(Json.RoundTrip(plan.ToSnapshot())).ToSnapshot()).Should().Be(json);
    }

    [Fact]
    public void FromSnapshot_PairFoundWithoutUnit_Throws()
    {
        var snapshot = Standard().ToSnapshot() with { Status = SupportPlanStatus.PairFound, ClosedOn = Opened };

        var act = () => SupportPlan.FromSnapshot(snapshot);

        act.Should().Throw<ArgumentException>();
    }
}
