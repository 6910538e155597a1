using System.Text.Json;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;
using static Mentorship.Domain.Tests.TestHelpers.ProgramBuild;

namespace Mentorship.Domain.Tests.Pairing.Programmes;

/// <summary>
/// A personalized programme's life told command by command as approved text (<c>Pairing/Golden/programme.txt</c>):
/// each answer (with every violation when several rules are broken at once, in the order they are reported), each
/// event with the plan item's number, the plan's execution along the year and the snapshot at the end; then a
/// programme closed early and a mentee erased.
/// </summary>
public class ProgrammeScenarioGoldenTests
{
    [Fact]
    public void Programme_EveryAnswerEventAndTheSnapshot_AreApproved()
    {
        var log = new CommandLog();
        var unit = Running(Register(), "T01", "S01", "S02", "S03");
        var programme = Program(unit);
        var empty = Draft(unit) with { Goal = " ", Plan = [] };
        var late = new PlanItem("Итоги", "Итоговая встреча", "беседа", SchoolYear.End.PlusDays(1), PlanResponsible.Mentor, "протокол");
        var early = new PlanItem("Знакомство", "Первая беседа", "беседа", Start.PlusDays(1), PlanResponsible.Mentor, "протокол");
        var evaluation = new ProgramEvaluation(SchoolYear.End, MentoringOutcome.Achieved, "цели достигнуты");
        programme.DequeueEvents();

        log.Step(programme, "mark done in a draft, item 99", programme.MarkDone(99, Start));
        log.Step(programme, "remove a mark in a draft, item 99", programme.RemoveDoneMark(99, Start));
        log.Step(programme, "revise with an empty goal and plan", programme.Revise(empty, Start));
        log.Step(programme, "add an item after the period", programme.AddPlanItem(late, Start));
        log.Step(programme, "add an item on the second day", programme.AddPlanItem(early, Start));
        log.Step(programme, "complete a draft", programme.Complete(evaluation));
        log.Step(programme, "approve", programme.Approve(OrderDate));
        log.Step(programme, "approve again", programme.Approve(OrderDate));
        log.Step(programme, "mark item 0", programme.MarkDone(0, Start));
        log.Step(programme, $"mark item {programme.Plan.Count + 1}", programme.MarkDone(programme.Plan.Count + 1, Start));
        log.Step(programme, $"mark item {programme.Plan.Count}", programme.MarkDone(programme.Plan.Count, SchoolYear.End, "итоги подведены"));
        log.Step(programme, "mark item 1", programme.MarkDone(1, Start, "встреча состоялась"));
        log.Step(programme, "mark item 1 again", programme.MarkDone(1, Start));
        log.Step(programme, "mark item 2", programme.MarkDone(2, Start.PlusDays(1)));
        log.Step(programme, "remove the mark of item 2", programme.RemoveDoneMark(2, Start.PlusDays(3)));
        log.Step(programme, "remove the mark of item 2 again", programme.RemoveDoneMark(2, Start.PlusDays(3)));
        log.Step(programme, "remove the mark of item 0", programme.RemoveDoneMark(0, Start.PlusDays(3)));
        foreach (var on in new[] { Start, new LocalDate(2026, 12, 31), SchoolYear.End })
        {
            var execution = programme.ExecutionOn(on);
            log.Append(FormattableString.Invariant($"execution on {on:dd.MM.yyyy}: {execution.Done} of {execution.Due} due, share {execution.Share}\n"));
        }

        log.Step(programme, "complete before the period's end", programme.Complete(new ProgramEvaluation(SchoolYear.End.PlusDays(-1), MentoringOutcome.Achieved, "цели достигнуты")));
        log.Step(programme, "complete", programme.Complete(evaluation));
        log.Step(programme, "revise a completed programme with an empty goal", programme.Revise(empty, SchoolYear.End));
        log.Step(programme, "add an item after the period to a completed programme", programme.AddPlanItem(late, SchoolYear.End));
        log.Step(programme, "close a completed programme", programme.Close(SchoolYear.End));
        log.Step(programme, "erase S02", programme.EraseMentee(Id("S02"), SchoolYear.End));
        log.Step(programme, "erase S02 again", programme.EraseMentee(Id("S02"), SchoolYear.End));
        foreach (var item in programme.Plan)
        {
            log.Append($"{item}\n");
        }

        log.Append($"{programme}\n").Append(JsonSerializer.Serialize(programme.ToSnapshot(), CommandLog.Compact)).Append("\n");

        var closed = Program(Running(Register(), "T02", "S04"));
        closed.DequeueEvents();
        log.Step(closed, "close a draft", closed.Close(new LocalDate(2026, 12, 1)));
        log.Step(closed, "approve a closed programme", closed.Approve(new LocalDate(2026, 12, 2)));
        log.Append($"{closed}\n");

        Golden.Check("Pairing", "programme.txt", log.ToString());
    }
}
