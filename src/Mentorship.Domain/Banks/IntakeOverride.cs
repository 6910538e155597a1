using NodaTime;

namespace Mentorship.Domain.Banks;

/// <summary>
/// The coordinator's recorded decision to accept an entry outside the intake window (for example a teacher
/// hired in November).
/// </summary>
/// <param name="DecidedOn">The date of the decision.</param>
/// <param name="Reason">Why the entry is accepted outside the window.</param>
/// <param name="CoordinatorId">The identifier of the coordinator who decided.</param>
public sealed record IntakeOverride(LocalDate DecidedOn, string Reason, string CoordinatorId);
