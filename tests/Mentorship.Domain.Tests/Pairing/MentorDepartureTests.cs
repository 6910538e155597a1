using Mentorship.Domain.Banks;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Pairing;

/// <summary>A mentor who leaves the organisation leaves the mentor bank, once no unit is led by them after their last day.</summary>
public class MentorDepartureTests
{
    private static readonly LocalDate Notice = new(2027, 1, 11);
    private static readonly LocalDate LastDay = new(2027, 1, 14);

    private static MentorBank Bank(params string[] mentors)
    {
        var bank = MentorBank.Open(Build.Org, Build.Year);
        foreach (var mentor in mentors)
        {
            bank.Admit(Build.Mentor(mentor), Build.InWindow).IsAccepted.Should().BeTrue();
        }

        return bank;
    }

    [Fact]
    public void Leave_StillLeadingAfterTheLastDay_IsRefusedNamingTheUnits_AndTheBankKeepsTheMentor()
    {
        var register = Register();
        var running = Running(register, "T08", "S07");
        var proposed = Propose(register, "T08", "S08");
        var bank = Bank("T08");

        var refused = MentorDeparture.Leave(bank, register, Id("T08"), LastDay);

        var violation = refused.Rejection.Violations.Should().ContainSingle().Subject;
        violation.Code.Should().Be(MentorDepartureRule.UnitsStillLed);
        violation.Argument("units")!.Value.Should().Be($"{running.Id}, {proposed.Id}");
        violation.Argument("last")!.Value.Should().Be("2027-01-14");
        violation.Message.Should().Contain("14.01.2027");
        bank.Contains(Id("T08")).Should().BeTrue();
    }

    [Fact]
    public void Leave_AfterTheReplacementAndACancellation_TakesTheMentorOutOfTheBankTheNextDay()
    {
        var register = Register();
        var running = Running(register, "T08", "S07");
        var proposed = Propose(register, "T08", "S08");
        var bank = Bank("T08", "T04");
        register.ReplaceMentor(running.Id, Replacement(register, "T04", Notice, LastDay.PlusDays(1), ReplacementGrounds.MentorLeftJob)).IsAccepted.Should().BeTrue();
        register.Cancel(proposed.Id, Notice).IsAccepted.Should().BeTrue();

        MentorDeparture.Leave(bank, register, Id("T08"), LastDay).IsAccepted.Should().BeTrue();

        bank.Contains(Id("T08")).Should().BeFalse();
        bank.Contains(Id("T04")).Should().BeTrue();
        var former = bank.FormerEntries.Should().ContainSingle().Subject;
        (former.LeftOn, former.Reason).Should().Be((LastDay.PlusDays(1), RemovalReason.LeftOrganization));
    }

    [Fact]
    public void Leave_NotInTheBankOrAPairEndingOnTheLastDay_IsJudgedByTheBankAndTheDays()
    {
        var register = Register();
        var unit = Running(register, "T08", "S07");
        register.TerminateEarly(unit.Id, Termination(register, Notice, LastDay, EarlyTerminationGrounds.MentorLeftJob)).IsAccepted.Should().BeTrue();

        MentorDeparture.Leave(Bank("T04"), register, Id("T08"), LastDay).Rejection.Has(BankMembershipRule.NotInBank).Should().BeTrue();
        MentorDeparture.Leave(Bank("T08"), register, Id("T08"), LastDay).IsAccepted.Should().BeTrue("the pair's last day is the mentor's");
        MentorDeparture.Leave(Bank("T08"), register, Id("T08"), LastDay.PlusDays(-1)).Rejection.Has(MentorDepartureRule.UnitsStillLed).Should().BeTrue();
    }

    [Fact]
    public void Leave_MentorWhoTookAPairOverAfterTheLastDay_IsRefused()
    {
        var register = Register();
        var unit = Running(register, "T01", "S07");
        register.ReplaceMentor(unit.Id, Replacement(register, "T08", Notice, LastDay.PlusDays(4))).IsAccepted.Should().BeTrue();

        var refused = MentorDeparture.Leave(Bank("T08"), register, Id("T08"), LastDay);

        refused.Rejection.Violations.Should().ContainSingle().Which.Argument("units")!.Value.Should().Be(unit.Id.ToString());
        MentorDepartureRule.Check(register, Id("T01"), LastDay.PlusDays(3)).Should().BeNull("T01 led the pair until the day before T08");
    }

    [Fact]
    public void Leave_BankOfAnotherOrganisationOrYear_ThrowsNamingTheBank()
    {
        var register = Register();
        var otherOrganisation = MentorBank.Open(Mentorship.Domain.People.OrganizationId.From("school-5"), Build.Year);
        var otherYear = MentorBank.Open(Build.Org, Build.Year + 1);

        FluentActions.Invoking(() => MentorDeparture.Leave(otherOrganisation, register, Id("T08"), LastDay)).Should().Throw<ArgumentException>().WithParameterName("bank");
        FluentActions.Invoking(() => MentorDeparture.Leave(otherYear, register, Id("T08"), LastDay)).Should().Throw<ArgumentException>().WithParameterName("bank");
        FluentActions.Invoking(() => MentorDeparture.Leave(null!, register, Id("T08"), LastDay)).Should().Throw<ArgumentNullException>().WithParameterName("bank");
        FluentActions.Invoking(() => MentorDeparture.Leave(Bank(), null!, Id("T08"), LastDay)).Should().Throw<ArgumentNullException>().WithParameterName("register");
        FluentActions.Invoking(() => MentorDeparture.Leave(Bank(), register, default, LastDay)).Should().Throw<ArgumentException>().WithParameterName("mentor");
        FluentActions.Invoking(() => MentorDepartureRule.Check(null!, Id("T08"), LastDay)).Should().Throw<ArgumentNullException>().WithParameterName("register");
    }
}
