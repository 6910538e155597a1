using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>A personalised programme was approved.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="UnitId">The pair or group.</param>
public sealed record ProgramApproved(LocalDate Date, MentoringUnitId UnitId)
    : DomainEvent(Date), IProgramEvent;
