using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>A pair or group was fixed by an order.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="OrganizationId">The register's organisation.</param>
/// <param name="Year">The register's year.</param>
/// <param name="UnitId">The pair or group.</param>
/// <param name="OrderNumber">The fixing order's number.</param>
public sealed record UnitFixed(LocalDate Date, OrganizationId OrganizationId, int Year, MentoringUnitId UnitId, string OrderNumber)
    : DomainEvent(Date), IPairingEvent;
