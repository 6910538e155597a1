using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>The done mark of a plan item was removed (a correction); the item is due again.</summary>
/// <param name="Date">The date of the correction.</param>
/// <param name="UnitId">The pair or group.</param>
/// <param name="Number">The item's number, from 1.</param>
public sealed record PlanItemDoneMarkRemoved(LocalDate Date, MentoringUnitId UnitId, int Number)
    : DomainEvent(Date), IProgramEvent;
