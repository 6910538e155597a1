using Mentorship.Domain.Calendar;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.Pairing.Support;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Pairing.Programmes;

/// <summary>
/// A caller's mistake with a programme, its plan, its closing or a support plan (a null, a blank text, a default
/// identifier, a value outside an enumeration, a negative interval) is an argument exception naming the argument.
/// </summary>
public class ProgrammeAndSupportGuardTests
{
    private static readonly IWorkingDayCalendar Calendar = RussianProductionCalendar.Default;
    private static readonly LocalDate Day = new(2026, 10, 1);

    private static (PairingRegister Register, MentoringUnit Unit, PersonalizedProgram Programme) Running()
    {
        var register = Register();
        var unit = PairingBuild.Running(register, "T01", "S01");
        var programme = ProgramBuild.Program(unit);
        programme.Approve(new LocalDate(2026, 9, 4)).IsAccepted.Should().BeTrue();
        return (register, unit, programme);
    }

    private static SupportPlan Plan() =>
        SupportPlan.OpenStandard(Id("S01"), Build.Org, Build.Year, Day, UnpairedCause.AllCapableMentorsFull, new DateInterval(Day, SchoolYear.End), Calendar).Value;

    private static PlanItem Item() => new("Адаптация", "Встреча", "беседа", Day, PlanResponsible.Mentor, "протокол");

    public static TheoryData<string, Action> CallerMistakes() => new()
    {
        { "unit", () => PersonalizedProgram.Draft(null!, Build.Org, ProgramBuild.Draft(Running().Unit), OrderDate) },
        { "organizationId", () => PersonalizedProgram.Draft(Running().Unit, default, ProgramBuild.Draft(Running().Unit), OrderDate) },
        { "draft", () => PersonalizedProgram.Draft(Running().Unit, Build.Org, null!, OrderDate) },
        { "draft", () => Running().Programme.Revise(null!, Day) },
        { "item", () => Running().Programme.AddPlanItem(null!, Day) },
        { "evaluation", () => Running().Programme.Complete(null!) },
        { "snapshot", () => PersonalizedProgram.FromSnapshot(null!) },
        { "snapshot", () => PersonalizedProgram.FromSnapshot(Running().Programme.ToSnapshot() with { Form = (Mentorship.Domain.People.MentorshipForm)1000 }) },
        { "snapshot", () => PersonalizedProgram.FromSnapshot(Running().Programme.ToSnapshot() with { Mentees = null! }) },
        { "snapshot", () => PersonalizedProgram.FromSnapshot(Running().Programme.ToSnapshot() with { Diagnoses = null! }) },
        { "snapshot", () => PersonalizedProgram.FromSnapshot(Running().Programme.ToSnapshot() with { Plan = null! }) },
        { "snapshot", () => PersonalizedProgram.FromSnapshot(Running().Programme.ToSnapshot() with { Status = (ProgramStatus)1000 }) },
        { "direction", () => _ = new PlanItem(" ", "Встреча", "беседа", Day, PlanResponsible.Mentor, "протокол") },
        { "activity", () => _ = new PlanItem("Адаптация", " ", "беседа", Day, PlanResponsible.Mentor, "протокол") },
        { "form", () => _ = new PlanItem("Адаптация", "Встреча", " ", Day, PlanResponsible.Mentor, "протокол") },
        { "responsible", () => _ = new PlanItem("Адаптация", "Встреча", "беседа", Day, (PlanResponsible)1000, "протокол") },
        { "expectedProduct", () => _ = new PlanItem("Адаптация", "Встреча", "беседа", Day, PlanResponsible.Mentor, " ") },
        { "stage", () => _ = new PlanItem("Адаптация", "Встреча", "беседа", Day, PlanResponsible.Mentor, "протокол", (MeetingStage)1000) },
        { "mentee", () => _ = new MenteeDiagnosis(default, [], [], "запрос") },
        { "request", () => _ = new MenteeDiagnosis(Id("S01"), [], [], " ") },
        { "difficulties", () => _ = new MenteeDiagnosis(Id("S01"), null!, [], "запрос") },
        { "strengths", () => _ = new MenteeDiagnosis(Id("S01"), [], [" "], "запрос") },
        { "outcome", () => _ = new ProgramEvaluation(Day, (MentoringOutcome)1000, "выводы") },
        { "conclusions", () => _ = new ProgramEvaluation(Day, MentoringOutcome.Achieved, " ") },
        { "stageGapWorkingDays", () => _ = new MeetingSequenceOptions(stageGapWorkingDays: 0) },
        { "seriesIntervalWorkingDays", () => _ = new MeetingSequenceOptions(seriesIntervalWorkingDays: 0) },
        { "seriesCount", () => _ = new MeetingSequenceOptions(seriesCount: -1) },
        { "period", () => StandardMeetingSequence.Generate(null!, Calendar) },
        { "calendar", () => StandardMeetingSequence.Generate(SchoolYear, null!) },
        { "draft", () => ProgramContentRule.Check(null!, [], SchoolYear) },
        { "mentees", () => ProgramContentRule.Check(ProgramBuild.Draft(Running().Unit), null!, SchoolYear) },
        { "period", () => ProgramContentRule.Check(ProgramBuild.Draft(Running().Unit), [], null!) },
        { "item", () => ProgramContentRule.CheckItem(null!, SchoolYear) },
        { "period", () => ProgramContentRule.CheckItem(Item(), null!) },
        { "program", () => PlanItemRule.CheckMark(null!, 1) },
        { "program", () => PlanItemRule.CheckUnmark(null!, 1) },
        { "program", () => ProgramStatusRule.Check(null!, ProgramStatusRule.NotApproved) },
        { "unit", () => ProgramStatusRule.CheckUnit(null!) },
        { "register", () => UnitClosing.Complete(null!, Running().Programme, new ProgramEvaluation(SchoolYear.End, MentoringOutcome.Achieved, "выводы")) },
        { "programme", () => UnitClosing.Complete(Running().Register, null!, new ProgramEvaluation(SchoolYear.End, MentoringOutcome.Achieved, "выводы")) },
        { "evaluation", () => UnitClosing.Complete(Running().Register, Running().Programme, null!) },
        { "register", () => UnitClosing.TerminateEarly(null!, Running().Unit.Id, Termination(Register(), Day, Day.PlusDays(7)), null) },
        { "request", () => UnitClosing.TerminateEarly(Running().Register, Running().Unit.Id, null!, null) },
        { "mentee", () => SupportPlan.Open(default, Build.Org, Build.Year, Day, UnpairedCause.AllCapableMentorsFull, []) },
        { "organizationId", () => SupportPlan.Open(Id("S01"), default, Build.Year, Day, UnpairedCause.AllCapableMentorsFull, []) },
        { "year", () => SupportPlan.Open(Id("S01"), Build.Org, 1989, Day, UnpairedCause.AllCapableMentorsFull, []) },
        { "cause", () => SupportPlan.Open(Id("S01"), Build.Org, Build.Year, Day, (UnpairedCause)1000, []) },
        { "measures", () => SupportPlan.Open(Id("S01"), Build.Org, Build.Year, Day, UnpairedCause.AllCapableMentorsFull, null!) },
        { "measures", () => SupportPlan.Open(Id("S01"), Build.Org, Build.Year, Day, UnpairedCause.AllCapableMentorsFull, [null!]) },
        { "horizon", () => SupportPlan.OpenStandard(Id("S01"), Build.Org, Build.Year, Day, UnpairedCause.AllCapableMentorsFull, null!, Calendar) },
        { "calendar", () => SupportPlan.OpenStandard(Id("S01"), Build.Org, Build.Year, Day, UnpairedCause.AllCapableMentorsFull, SchoolYear, null!) },
        { "measure", () => Plan().AddMeasure(null!) },
        { "attempt", () => Plan().RecordSearch(null!) },
        { "unit", () => Plan().PairFound(default, Day) },
        { "snapshot", () => SupportPlan.FromSnapshot(null!) },
        { "snapshot", () => SupportPlan.FromSnapshot(Plan().ToSnapshot() with { Measures = null! }) },
        { "snapshot", () => SupportPlan.FromSnapshot(Plan().ToSnapshot() with { Status = (SupportPlanStatus)1000 }) },
        { "snapshot", () => SupportPlan.FromSnapshot(Plan().ToSnapshot() with { Searches = null! }) },
        { "snapshot", () => SupportPlan.FromSnapshot(Plan().ToSnapshot() with { Searches = [null!] }) },
        { "activity", () => _ = new SupportMeasure(" ", "беседа", Day, SupportRole.Coordinator) },
        { "form", () => _ = new SupportMeasure("Встреча", " ", Day, SupportRole.Coordinator) },
        { "role", () => _ = new SupportMeasure("Встреча", "беседа", Day, (SupportRole)1000) },
        { "measure", () => SupportPlanRule.CheckDate(null!, Day) },
        { "register", () => ContinuedSearch.UnpairedOn(null!, [], Day) },
        { "mentees", () => ContinuedSearch.UnpairedOn(Register(), null!, Day) },
        { "domainEvent", () => ContinuedSearch.IsTrigger(null!) },
        { "register", () => ContinuedSearch.Propose(null!, new Mentorship.Domain.Matching.MatchingProblem([], []), SchoolYear) },
        { "problem", () => ContinuedSearch.Propose(Register(), null!, SchoolYear) },
        { "period", () => ContinuedSearch.Propose(Register(), new Mentorship.Domain.Matching.MatchingProblem([], []), null!) },
    };

    [Theory]
    [MemberData(nameof(CallerMistakes))]
    public void CallerMistake_IsAnArgumentExceptionNamingTheArgument(string parameter, Action call)
    {
        call.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(parameter);
    }

    [Fact]
    public void TerminateEarly_WithAnotherUnitsProgramme_IsRefusedNamingBothUnits()
    {
        var (register, unit, _) = Running();
        var other = PairingBuild.Running(register, "T02", "S02");
        var programme = ProgramBuild.Program(other);

        var act = () => UnitClosing.TerminateEarly(register, unit.Id, Termination(register, Day, Day.PlusDays(7)), programme);

        act.Should().Throw<ArgumentException>().WithParameterName("programme").WithMessage($"*{other.Id}*{unit.Id}*");
        register[unit.Id].Status.Should().Be(MentoringUnitStatus.Active);
    }
}
