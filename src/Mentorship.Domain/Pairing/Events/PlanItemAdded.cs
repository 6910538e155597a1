using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>A plan item was added to a programme.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="UnitId">The pair or group.</param>
/// <param name="Number">The item's number, from 1.</param>
public sealed record PlanItemAdded(LocalDate Date, MentoringUnitId UnitId, int Number)
    : DomainEvent(Date), IProgramEvent;
