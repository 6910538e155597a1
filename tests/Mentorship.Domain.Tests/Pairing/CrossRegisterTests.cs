using Mentorship.Domain.Calendar;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Pairing;

/// <summary>A mentor's capacity and one unit per mentee hold across the registers of consecutive years and other organisations.</summary>
public class CrossRegisterTests
{
    private static readonly DateInterval Year2025 = new(new LocalDate(2025, 9, 1), new LocalDate(2026, 8, 31));
    private static readonly DateInterval FromJune2026 = new(new LocalDate(2026, 6, 1), new LocalDate(2027, 5, 31));

    private static (PairingRegister Previous, PairingRegister Current) TwoYears()
    {
        var previous = PairingRegister.Open(Build.Org, 2025, RussianProductionCalendar.Default);
        previous.Propose(PairProposal.Pair(Id("T01"), Id("S01"), Year2025), new LocalDate(2025, 8, 20)).IsProposed.Should().BeTrue();
        previous.Propose(PairProposal.Pair(Id("T01"), Id("S02"), Year2025), new LocalDate(2025, 8, 20)).IsProposed.Should().BeTrue();
        var current = Register();
        current.Consult([previous, current]);
        previous.Consult([previous, current]);
        return (previous, current);
    }

    [Fact]
    public void Propose_MentorFullInThePreviousYearsRegister_IsRefusedUntilThoseUnitsEnd()
    {
        var (_, current) = TwoYears();

        var overlapping = current.Propose(PairProposal.Pair(Id("T01"), Id("S03"), FromJune2026), ProposedOn);
        var after = current.Propose(PairProposal.Pair(Id("T01"), Id("S03"), new DateInterval(new LocalDate(2026, 9, 1), new LocalDate(2027, 5, 31))), ProposedOn);

        overlapping.Rejection.Violations.Should().ContainSingle().Which.Code.Should().Be(MentorLoadRule.OverCapacity);
        after.IsProposed.Should().BeTrue("the previous year's pairs end on 31.08.2026");
        current.LoadOn(Id("T01"), new LocalDate(2026, 6, 1)).Should().Be(2);
        current.FreePlaces(Id("T01"), FromJune2026).Should().Be(0);
    }

    [Fact]
    public void Propose_MenteeInAnOverlappingUnitOfThePreviousYear_IsRefused()
    {
        var (_, current) = TwoYears();

        var outcome = current.Propose(PairProposal.Pair(Id("T02"), Id("S01"), FromJune2026), ProposedOn);

        var violation = outcome.Rejection.Violations.Should().ContainSingle().Subject;
        violation.Code.Should().Be(MenteeSingleUnitRule.AlreadyInUnit);
        violation.Message.Should().Contain("2025-001");
    }

    [Fact]
    public void Consult_ReadsTheOtherRegisterLive_AndWithoutItTheYearsAreIndependent()
    {
        var previous = PairingRegister.Open(Build.Org, 2025, RussianProductionCalendar.Default);
        var current = Register();
        current.Propose(PairProposal.Pair(Id("T01"), Id("S03"), FromJune2026), ProposedOn).IsProposed.Should().BeTrue("nothing consulted yet");

        current.Consult([previous]);
        previous.Propose(PairProposal.Pair(Id("T01"), Id("S01"), Year2025), new LocalDate(2025, 8, 20)).IsProposed.Should().BeTrue();

        current.Propose(PairProposal.Pair(Id("T01"), Id("S04"), FromJune2026), ProposedOn).Rejection.Has(MentorLoadRule.OverCapacity).Should().BeTrue();
        current.ConsultedRegisters.Should().Equal(previous);
    }

    [Fact]
    public void Consult_TwoRegistersOfOneOrganisationAndYear_Throws()
    {
        var current = Register();
        var copy = Register();

        var act = () => current.Consult([copy]);

        act.Should().Throw<ArgumentException>().WithParameterName("others");
    }

    [Fact]
    public void Propose_VirtualUnitOfAnotherOrganisationFillsTheMentor_IsCounted()
    {
        var elsewhere = PairingRegister.Open(OrganizationId.From("school-5"), 2026, RussianProductionCalendar.Default);
        elsewhere.RegisterExternalMentor(Id("T01"), Build.Org, 2, ProposedOn).IsAccepted.Should().BeTrue();
        elsewhere.Propose(new PairProposal(Id("T01"), [Id("X1")], MentorshipForm.Virtual, SchoolYear) { MentorOrganizationId = Build.Org }, ProposedOn).IsProposed.Should().BeTrue();
        var home = Register();
        home.Consult([elsewhere]);
        Propose(home, "T01", "S01");

        var third = home.Propose(PairProposal.Pair(Id("T01"), Id("S02"), SchoolYear), ProposedOn);

        third.Rejection.Has(MentorLoadRule.OverCapacity).Should().BeTrue("one place elsewhere and one at home fill a capacity of 2");
    }

    [Fact]
    public void AddMenteeToGroup_MenteeInAnotherYearsUnitThen_IsRefused()
    {
        var (previous, current) = TwoYears();
        previous.Propose(PairProposal.Pair(Id("T03"), Id("S07"), new DateInterval(new LocalDate(2026, 1, 12), new LocalDate(2026, 12, 31))), new LocalDate(2025, 12, 20))
            .IsProposed.Should().BeTrue();
        var group = Running(current, "T02", "S05", "S06");
        var order = new OrderReference("99-од", new LocalDate(2026, 9, 25));

        var joined = current.AddMenteeToGroup(group.Id, new MenteeJoinRequest(Id("S07"), new LocalDate(2026, 10, 1), MenteeConsent(new LocalDate(2026, 9, 25)), order));
        var later = current.AddMenteeToGroup(group.Id, new MenteeJoinRequest(Id("S07"), new LocalDate(2027, 1, 11), MenteeConsent(new LocalDate(2026, 9, 25)), order));

        joined.Rejection.Has(MenteeSingleUnitRule.AlreadyInUnit).Should().BeTrue();
        later.IsAccepted.Should().BeTrue("the previous year's pair has ended by then");
    }

    [Fact]
    public void Propose_PreviousYearsSmallerCapacity_HoldsWhereItsUnitsRunAndTheCurrentOneElsewhere()
    {
        // T01 may take one mentee in 2025/26 and three in 2026/27: on the summer days the previous year's pair still
        // runs, the smaller capacity holds; from September the current one does.
        var previous = PairingRegister.Open(Build.Org, 2025, RussianProductionCalendar.Default);
        previous.SetMentorCapacity(Id("T01"), 1, new LocalDate(2025, 8, 20)).IsAccepted.Should().BeTrue();
        previous.Propose(PairProposal.Pair(Id("T01"), Id("S01"), Year2025), new LocalDate(2025, 8, 20)).IsProposed.Should().BeTrue();
        var current = Register();
        current.SetMentorCapacity(Id("T01"), 3, ProposedOn).IsAccepted.Should().BeTrue();
        current.Consult([previous]);

        var overlapping = current.Propose(PairProposal.Pair(Id("T01"), Id("S03"), FromJune2026), ProposedOn);
        var lastDay = current.Propose(PairProposal.Pair(Id("T01"), Id("S03"), new DateInterval(new LocalDate(2026, 8, 31), SchoolYear.End)), ProposedOn);
        var after = current.Propose(PairProposal.Pair(Id("T01"), Id("S03"), SchoolYear), ProposedOn);
        var second = current.Propose(PairProposal.Pair(Id("T01"), Id("S04"), SchoolYear), ProposedOn);

        var violation = overlapping.Rejection.Violations.Should().ContainSingle().Subject;
        violation.Code.Should().Be(MentorLoadRule.OverCapacity);
        violation.Arguments.Should().Contain(a => a.Name == "capacity" && a.Value == "1");
        lastDay.Rejection.Has(MentorLoadRule.OverCapacity).Should().BeTrue("the previous year's pair runs through 31.08.2026, its last day");
        after.IsProposed.Should().BeTrue("from 01.09.2026 only this year's capacity of 3 holds");
        second.IsProposed.Should().BeTrue();
    }

    [Fact]
    public void SetMentorCapacity_LoadElsewhereAfterTheLastOwnUnitEnds_IsOutsideTheOwnDaysAndNotCounted()
    {
        // T01's own units run 01.09–18.12 and 01.09–31.05; another organisation gives T01 two mentees from January.
        // The capacity set here holds on the days of its own units: September to May, so January's three count.
        var (home, elsewhere) = HomeAndElsewhere();
        home.Propose(PairProposal.Pair(Id("T01"), Id("S01"), new DateInterval(Start, new LocalDate(2026, 12, 18))), ProposedOn).IsProposed.Should().BeTrue();
        home.Propose(PairProposal.Pair(Id("T01"), Id("S02"), SchoolYear), ProposedOn).IsProposed.Should().BeTrue();
        VirtualUnits(elsewhere, new DateInterval(new LocalDate(2027, 1, 11), SchoolYear.End), "X1", "X2");

        var two = home.SetMentorCapacity(Id("T01"), 2, ProposedOn);

        var violation = two.Rejection.Violations.Should().ContainSingle().Subject;
        violation.Code.Should().Be(MentorLoadRule.OverCapacity);
        violation.Arguments.Should().Contain(a => a.Name == "day" && a.Value == "2027-01-11");
        home.SetMentorCapacity(Id("T01"), 3, ProposedOn).IsAccepted.Should().BeTrue();
    }

    [Fact]
    public void SetMentorCapacity_LoadElsewhereBeforeTheLaterOwnUnitStarts_IsCounted()
    {
        // T01's own units run 01.09–31.05 and 11.01–31.05; the two mentees elsewhere are in September to December.
        var (home, elsewhere) = HomeAndElsewhere();
        home.Propose(PairProposal.Pair(Id("T01"), Id("S01"), SchoolYear), ProposedOn).IsProposed.Should().BeTrue();
        home.Propose(PairProposal.Pair(Id("T01"), Id("S02"), new DateInterval(new LocalDate(2027, 1, 11), SchoolYear.End)), ProposedOn).IsProposed.Should().BeTrue();
        VirtualUnits(elsewhere, new DateInterval(Start, new LocalDate(2026, 12, 18)), "X1", "X2");

        var two = home.SetMentorCapacity(Id("T01"), 2, ProposedOn);

        two.Rejection.Violations.Should().ContainSingle().Which.Arguments.Should().Contain(a => a.Name == "day" && a.Value == "2026-09-01");
    }

    private static (PairingRegister Home, PairingRegister Elsewhere) HomeAndElsewhere()
    {
        var home = Register();
        home.SetMentorCapacity(Id("T01"), 5, ProposedOn).IsAccepted.Should().BeTrue();
        var elsewhere = PairingRegister.Open(OrganizationId.From("school-5"), 2026, RussianProductionCalendar.Default);
        elsewhere.RegisterExternalMentor(Id("T01"), Build.Org, 2, ProposedOn).IsAccepted.Should().BeTrue();
        home.Consult([elsewhere]);
        return (home, elsewhere);
    }

    private static void VirtualUnits(PairingRegister register, DateInterval period, params string[] mentees)
    {
        foreach (var mentee in mentees)
        {
            register.Propose(new PairProposal(Id("T01"), [Id(mentee)], MentorshipForm.Virtual, period) { MentorOrganizationId = Build.Org }, ProposedOn)
                .IsProposed.Should().BeTrue();
        }
    }
}
