using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.Tests.TestHelpers;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;
using static Mentorship.Domain.Tests.TestHelpers.ProgramBuild;

namespace Mentorship.Domain.Tests.Pairing.Programmes;

public class UnitClosingTests
{
    private static readonly ProgramEvaluation Achieved = new(SchoolYear.End, MentoringOutcome.Achieved, "цель достигнута");

    [Fact]
    public void Complete_ActiveUnitAndApprovedProgramme_CompletesBoth()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        var programme = Program(unit);
        programme.Approve(OrderDate).IsAccepted.Should().BeTrue();

        UnitClosing.Complete(register, programme, Achieved).IsAccepted.Should().BeTrue();

        unit.Status.Should().Be(MentoringUnitStatus.Completed);
        unit.Completion!.Outcome.Should().Be(MentoringOutcome.Achieved);
        programme.Status.Should().Be(ProgramStatus.Completed);
        programme.Evaluation.Should().BeSameAs(Achieved);
    }

    [Fact]
    public void Complete_ProgrammeStillADraft_RefusesAndLeavesTheUnitRunning()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        var programme = Program(unit);
        var before = Json.Write(register.ToSnapshot());

        var refused = UnitClosing.Complete(register, programme, Achieved);

        refused.Rejection.Violations.Select(v => v.Code).Should().Equal(ProgramStatusRule.NotApproved);
        refused.Rejection.Violations[0].Argument("unit")!.Value.Should().Be(unit.Id.Value);
        unit.Status.Should().Be(MentoringUnitStatus.Active);
        Json.Write(register.ToSnapshot()).Should().Be(before);
        register.PendingEvents.OfType<Mentorship.Domain.Pairing.Events.UnitCompleted>().Should().BeEmpty();
    }

    [Fact]
    public void Complete_BeforeThePeriodEndsAndProgrammeNotApproved_NamesBothAndChangesNeither()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        var programme = Program(unit);

        var refused = UnitClosing.Complete(register, programme, new ProgramEvaluation(SchoolYear.End.PlusDays(-1), MentoringOutcome.Achieved, "рано"));

        refused.Rejection.Violations.Select(v => v.Code).Should().Equal(CompletionRule.BeforePeriodEnd, ProgramStatusRule.NotApproved);
        unit.Status.Should().Be(MentoringUnitStatus.Active);
        programme.Status.Should().Be(ProgramStatus.Draft);
    }

    [Fact]
    public void Complete_ApprovedProgrammeButUnitNotActive_LeavesTheProgrammeApproved()
    {
        var register = Register();
        var unit = Propose(register, "T01", "S01");
        Consent(register, unit);
        Fix(register, unit);
        var programme = Program(unit);
        programme.Approve(OrderDate).IsAccepted.Should().BeTrue();

        var refused = UnitClosing.Complete(register, programme, Achieved);

        refused.Rejection.Violations.Select(v => v.Code).Should().Equal(UnitStatusRule.NotActive);
        programme.Status.Should().Be(ProgramStatus.Approved);
        programme.Evaluation.Should().BeNull();
    }

    [Fact]
    public void Complete_ProgrammeOfAnotherRegister_Throws()
    {
        var other = Register();
        var programme = Program(Running(other, "T01", "S01"));
        programme.Approve(OrderDate);

        var act = () => UnitClosing.Complete(Register(), programme, Achieved);

        act.Should().Throw<ArgumentException>().WithParameterName("programme");
    }

    [Fact]
    public void TerminateEarly_ClosesTheOpenProgrammeOnTheLastDay_AndARefusalClosesNothing()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        var programme = Program(unit);
        var lastDay = new NodaTime.LocalDate(2026, 11, 20);

        var tooShort = UnitClosing.TerminateEarly(register, unit.Id, Termination(register, lastDay, lastDay), programme);
        tooShort.Rejection.Has(NoticePeriodRule.TooShort).Should().BeTrue();
        programme.Status.Should().Be(ProgramStatus.Draft);

        var ended = UnitClosing.TerminateEarly(register, unit.Id, Termination(register, new NodaTime.LocalDate(2026, 11, 10), lastDay), programme);

        ended.IsAccepted.Should().BeTrue();
        unit.Status.Should().Be(MentoringUnitStatus.EndedEarly);
        programme.Status.Should().Be(ProgramStatus.Closed);
        programme.ClosedOn.Should().Be(lastDay);
    }

    [Fact]
    public void TerminateEarly_ProgrammeOfAnotherUnit_Throws()
    {
        var register = Register();
        var unit = Running(register, "T01", "S01");
        var programme = Program(Running(register, "T02", "S02"));

        var act = () => UnitClosing.TerminateEarly(register, unit.Id, Termination(register, new NodaTime.LocalDate(2026, 11, 10), new NodaTime.LocalDate(2026, 11, 20)), programme);

        act.Should().Throw<ArgumentException>().WithParameterName("programme");
        unit.Status.Should().Be(MentoringUnitStatus.Active);
    }
}
