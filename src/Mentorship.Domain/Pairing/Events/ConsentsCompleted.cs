using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>Every consent of a unit is in place; it can be fixed by an order.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="OrganizationId">The register's organisation.</param>
/// <param name="Year">The register's year.</param>
/// <param name="UnitId">The pair or group.</param>
public sealed record ConsentsCompleted(LocalDate Date, OrganizationId OrganizationId, int Year, MentoringUnitId UnitId)
    : DomainEvent(Date), IPairingEvent;
