using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>A personalised programme was revised (and needs approval again).</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="UnitId">The pair or group.</param>
public sealed record ProgramRevised(LocalDate Date, MentoringUnitId UnitId)
    : DomainEvent(Date), IProgramEvent;
