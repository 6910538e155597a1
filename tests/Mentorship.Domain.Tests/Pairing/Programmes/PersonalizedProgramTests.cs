using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Events;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;
using static Mentorship.Domain.Tests.TestHelpers.ProgramBuild;

namespace Mentorship.Domain.Tests.Pairing.Programmes;

public class PersonalizedProgramTests
{
    [Fact]
    public void Draft_FromAUnit_CopiesItsPeriodFormAndMentees()
    {
        var unit = Running(Register(), "T01", "S01");

        var program = Program(unit);

        program.Status.Should().Be(ProgramStatus.Draft);
        program.Period.Equals(unit.Period).Should().BeTrue();
        program.Form.Should().Be(unit.Form);
        program.Mentees.Should().Equal(Id("S01"));
        program.Plan.Select(i => i.Date).Should().BeInAscendingOrder();
        program.DequeueEvents().Should().ContainSingle().Which.Should().BeOfType<ProgramDrafted>();
    }

    [Fact]
    public void Draft_EveryContentRuleBroken_NamesEachOnce()
    {
        var unit = Running(Register(), "T01", "S01", "S02");
        var outside = new PlanItem("Методическое", "Консультация", "консультация", SchoolYear.End.PlusDays(1), PlanResponsible.Mentor, "рекомендации");
        var draft = new ProgramDraft([new MenteeDiagnosis(Id("S09"), [], [], "запрос")], " ", [], [outside], [], [" "]);

        var outcome = PersonalizedProgram.Draft(unit, Build.Org, draft, OrderDate);

        outcome.Rejection.Violations.Select(v => v.Code).Should().BeEquivalentTo(
        [
            ProgramContentRule.DiagnosisMissing, ProgramContentRule.DiagnosisMissing, ProgramContentRule.DiagnosisNotForAMentee, ProgramContentRule.GoalMissing,
            ProgramContentRule.NoTasks, ProgramContentRule.ItemOutsidePeriod, ProgramContentRule.NoExpectedResults, ProgramContentRule.NoReportingForms,
        ]);
    }

    [Fact]
    public void Draft_EmptyPlan_IsNamed()
    {
        var unit = Running(Register(), "T01", "S01");

        var outcome = PersonalizedProgram.Draft(unit, Build.Org, Draft(unit) with { Plan = [] }, OrderDate);

        outcome.Rejection.Violations.Select(v => v.Code).Should().Equal(ProgramContentRule.NoPlanItems);
    }

    [Fact]
    public void Draft_ForACancelledUnit_IsRefused()
    {
        var register = Register();
        var unit = Propose(register, "T01", "S01");
        register.Cancel(unit.Id, OrderDate);

        PersonalizedProgram.Draft(unit, Build.Org, Draft(unit), OrderDate).Rejection.Has(ProgramStatusRule.UnitNotOpen).Should().BeTrue();
    }

    [Fact]
    public void Lifecycle_ApproveMarkDoneComplete_RecordsTheEvaluationAndExecution()
    {
        var program = Program(Running(Register(), "T01", "S01"));
        program.Approve(OrderDate.PlusDays(7)).IsAccepted.Should().BeTrue();

        program.MarkDone(1, program.Plan[0].Date, "проведена").IsAccepted.Should().BeTrue();
        program.MarkDone(2, program.Plan[1].Date).IsAccepted.Should().BeTrue();
        program.MarkDone(1, program.Plan[0].Date).Rejection.Has(PlanItemRule.AlreadyDone).Should().BeTrue();
        program.MarkDone(999, program.Plan[0].Date).Rejection.Has(PlanItemRule.UnknownItem).Should().BeTrue();

        var midYear = program.ExecutionOn(program.Plan[3].Date);
        midYear.Should().Be(new PlanExecution(4, 2));
        midYear.Share.Should().Be(0.5m);

        program.Complete(new ProgramEvaluation(SchoolYear.End, MentoringOutcome.Achieved, "цель достигнута")).IsAccepted.Should().BeTrue();
        program.Status.Should().Be(ProgramStatus.Completed);
        program.AddPlanItem(Meetings(Running(Register(), "T09", "S09"))[0], OrderDate).Rejection.Has(ProgramStatusRule.NotOpen).Should().BeTrue();
    }

    [Fact]
    public void Complete_BeforeThePeriodsLastDay_IsRefusedAndChangesNothing()
    {
        var program = Program(Running(Register(), "T01", "S01"));
        program.Approve(OrderDate);
        var before = Json.Write(program.ToSnapshot());

        var early = program.Complete(new ProgramEvaluation(SchoolYear.End.PlusDays(-1), MentoringOutcome.Achieved, "цель достигнута"));

        early.Rejection.Violations.Should().ContainSingle().Which.Code.Should().Be(CompletionRule.BeforePeriodEnd);
        Json.Write(program.ToSnapshot()).Should().Be(before);
        program.Status.Should().Be(ProgramStatus.Approved);
    }

    [Fact]
    public void RemoveDoneMark_AMarkPutByMistake_MakesTheItemDueAgainAndIsRaised()
    {
        var program = Program(Running(Register(), "T01", "S01"));
        program.Approve(OrderDate);
        program.MarkDone(1, program.Plan[0].Date, "проведена");
        program.MarkDone(2, program.Plan[1].Date);
        program.DequeueEvents();

        program.RemoveDoneMark(2, program.Plan[1].Date.PlusDays(3)).IsAccepted.Should().BeTrue();

        program.Plan[1].IsDone.Should().BeFalse();
        program.Plan[1].DoneNote.Should().BeNull();
        program.Plan[0].DoneOn.Should().Be(program.Plan[0].Date);
        program.ExecutionOn(program.Plan[1].Date).Should().Be(new PlanExecution(2, 1));
        program.PendingEvents.Should().Equal(new PlanItemDoneMarkRemoved(program.Plan[1].Date.PlusDays(3), program.UnitId, 2));
        program.MarkDone(2, program.Plan[1].Date.PlusDays(4)).IsAccepted.Should().BeTrue("the item can be marked again");
    }

    [Fact]
    public void RemoveDoneMark_WithoutAMarkOrOnAnUnknownItem_IsRefusedAndChangesNothing()
    {
        var program = Program(Running(Register(), "T01", "S01"));
        program.Approve(OrderDate);
        var before = Json.Write(program.ToSnapshot());

        program.RemoveDoneMark(1, Start).Rejection.Has(PlanItemRule.NotDone).Should().BeTrue();
        program.RemoveDoneMark(999, Start).Rejection.Has(PlanItemRule.UnknownItem).Should().BeTrue();

        Json.Write(program.ToSnapshot()).Should().Be(before);
    }

    [Fact]
    public void RemoveDoneMark_OnACompletedProgramme_IsRefused()
    {
        var program = Program(Running(Register(), "T01", "S01"));
        program.Approve(OrderDate);
        program.MarkDone(1, program.Plan[0].Date);
        program.Complete(new ProgramEvaluation(SchoolYear.End, MentoringOutcome.Achieved, "цель достигнута"));

        program.RemoveDoneMark(1, SchoolYear.End).Rejection.Has(ProgramStatusRule.NotApproved).Should().BeTrue();
        program.Plan[0].IsDone.Should().BeTrue();
    }

    [Fact]
    public void MarkDone_OnADraft_IsRefused()
    {
        var program = Program(Running(Register(), "T01", "S01"));

        program.MarkDone(1, Start).Rejection.Has(ProgramStatusRule.NotApproved).Should().BeTrue();
    }

    [Fact]
    public void Revise_ApprovedProgramme_GoesBackToDraftForApproval()
    {
        var unit = Running(Register(), "T01", "S01");
        var program = Program(unit);
        program.Approve(OrderDate);

        program.Revise(Draft(unit) with { Goal = "Новая цель" }, new LocalDate(2027, 1, 20)).IsAccepted.Should().BeTrue();

        program.Status.Should().Be(ProgramStatus.Draft);
        program.Goal.Should().Be("Новая цель");
        program.Approve(OrderDate).IsAccepted.Should().BeTrue();
        program.Approve(OrderDate).Rejection.Has(ProgramStatusRule.NotDraft).Should().BeTrue();
    }

    [Fact]
    public void AddPlanItem_OutsideThePeriod_IsRefused_InsideKeepsDateOrder()
    {
        var program = Program(Running(Register(), "T01", "S01"));
        var count = program.Plan.Count;

        program.AddPlanItem(new PlanItem("Методическое", "Посещение занятия", "посещение", SchoolYear.End.PlusDays(1), PlanResponsible.Mentor, "анализ"), Start)
            .Rejection.Has(ProgramContentRule.ItemOutsidePeriod).Should().BeTrue();
        program.AddPlanItem(new PlanItem("Методическое", "Посещение занятия", "посещение", new LocalDate(2026, 12, 15), PlanResponsible.Mentor, "анализ"), Start)
            .IsAccepted.Should().BeTrue();

        program.Plan.Should().HaveCount(count + 1);
        program.Plan.Select(i => i.Date).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Close_AfterTheUnitEndedEarly_EndsTheProgramme()
    {
        var program = Program(Running(Register(), "T01", "S01"));

        program.Close(new LocalDate(2026, 12, 10)).IsAccepted.Should().BeTrue();

        program.Status.Should().Be(ProgramStatus.Closed);
        program.Complete(new ProgramEvaluation(SchoolYear.End, MentoringOutcome.Achieved, "x")).Rejection.Has(ProgramStatusRule.NotApproved).Should().BeTrue();
    }

    [Fact]
    public void EraseMentee_RemovesTheDiagnosisAndTheIdentifier()
    {
        var program = Program(Running(Register(), "T01", "S01", "S02"));

        program.EraseMentee(Id("S02"), new LocalDate(2026, 11, 1)).IsAccepted.Should().BeTrue();
        program.EraseMentee(Id("S77"), new LocalDate(2026, 11, 1)).IsAccepted.Should().BeTrue();

        program.Mentees.Should().Equal(Id("S01"));
        program.Diagnoses.Should().ContainSingle().Which.Mentee.Should().Be(Id("S01"));
        program.ErasedMentees.Should().Be(1);
        Json.Write(program.ToSnapshot()).Should().NotContain("\"S02\"");
    }

    [Fact]
    public void FromSnapshot_ThroughJson_RestoresExactly_IncludingAnErasedPair()
    {
        var program = Program(Running(Register(), "T01", "S01"));
        program.Approve(OrderDate);
        program.MarkDone(1, Start, "проведена");
        var erased = Program(Running(Register(), "T02", "S02"));
        erased.EraseMentee(Id("S02"), Start);

        foreach (var p in new[] { program, erased })
        {
            var json = Json.Write(p.ToSnapshot());
            Json.Write(PersonalizedProgram.FromSnapshot(Json.RoundTrip(p.ToSnapshot())).ToSnapshot()).Should().Be(json);
        }
    }

    [Fact]
    public void FromSnapshot_CompletedWithoutEvaluation_Throws()
    {
        var snapshot = Program(Running(Register(), "T01", "S01")).ToSnapshot() with { Status = ProgramStatus.Completed, ApprovedOn = OrderDate };

        var act = () => PersonalizedProgram.FromSnapshot(snapshot);

        act.Should().Throw<ArgumentException>();
    }
}
