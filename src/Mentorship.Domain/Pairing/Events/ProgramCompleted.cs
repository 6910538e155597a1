using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>A programme was completed with an evaluation.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="UnitId">The pair or group.</param>
/// <param name="Outcome">The outcome.</param>
public sealed record ProgramCompleted(LocalDate Date, MentoringUnitId UnitId, MentoringOutcome Outcome)
    : DomainEvent(Date), IProgramEvent;
