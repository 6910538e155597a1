using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>A programme was closed without completion (its pair or group ended early).</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="UnitId">The pair or group.</param>
public sealed record ProgramClosed(LocalDate Date, MentoringUnitId UnitId)
    : DomainEvent(Date), IProgramEvent;
