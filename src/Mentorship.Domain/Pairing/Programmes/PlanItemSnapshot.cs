using NodaTime;

namespace Mentorship.Domain.Pairing.Programmes;

/// <summary>The stored form of a <see cref="PlanItem"/>.</summary>
/// <param name="Direction">The direction.</param>
/// <param name="Activity">The activity.</param>
/// <param name="Form">The form of work.</param>
/// <param name="Date">The date.</param>
/// <param name="Responsible">Who is responsible.</param>
/// <param name="ExpectedProduct">The expected product.</param>
/// <param name="Stage">The meeting stage, if any.</param>
/// <param name="DoneOn">The date done, if done.</param>
/// <param name="DoneNote">The note, if any.</param>
public sealed record PlanItemSnapshot(
    string Direction,
    string Activity,
    string Form,
    LocalDate Date,
    PlanResponsible Responsible,
    string ExpectedProduct,
    MeetingStage? Stage,
    LocalDate? DoneOn,
    string? DoneNote);
