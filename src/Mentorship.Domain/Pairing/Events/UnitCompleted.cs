using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>A pair or group was completed.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="OrganizationId">The register's organisation.</param>
/// <param name="Year">The register's year.</param>
/// <param name="UnitId">The pair or group.</param>
/// <param name="Outcome">The outcome.</param>
public sealed record UnitCompleted(LocalDate Date, OrganizationId OrganizationId, int Year, MentoringUnitId UnitId, MentoringOutcome Outcome)
    : DomainEvent(Date), IPairingEvent;
