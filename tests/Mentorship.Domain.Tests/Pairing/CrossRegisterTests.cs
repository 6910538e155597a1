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
}
