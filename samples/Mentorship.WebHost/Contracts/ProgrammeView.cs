using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>A personalized programme: its unit, status, goal and plan (with done marks), and how it ended, if it has.</summary>
public sealed record ProgrammeView(
    string Unit,
    ProgramStatus Status,
    LocalDate PeriodStart,
    LocalDate PeriodEnd,
    string Goal,
    IReadOnlyList<string> Tasks,
    IReadOnlyList<PlanItemView> Plan,
    LocalDate? ApprovedOn,
    LocalDate? CompletedOn = null,
    MentoringOutcome? Outcome = null,
    LocalDate? ClosedOn = null)
{
    internal static ProgrammeView Of(PersonalizedProgram p) => new(
        p.UnitId.Value,
        p.Status,
        p.Period.Start,
        p.Period.End,
        p.Goal,
        p.Tasks,
        p.Plan.Select((i, n) => new PlanItemView(n + 1, i.Direction, i.Activity, i.Form, i.Date, i.ExpectedProduct, i.DoneOn, i.DoneNote)).ToArray(),
        p.ApprovedOn,
        p.Evaluation?.CompletedOn,
        p.Evaluation?.Outcome,
        p.ClosedOn);
}
