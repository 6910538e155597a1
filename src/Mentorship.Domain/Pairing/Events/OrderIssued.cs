using System.Collections.Generic;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>The register issued an administrative order.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="OrganizationId">The register's organisation.</param>
/// <param name="Year">The register's year.</param>
/// <param name="OrderNumber">The order's number.</param>
/// <param name="Kind">The kind of order.</param>
/// <param name="Units">The pairs and groups concerned.</param>
public sealed record OrderIssued(LocalDate Date, OrganizationId OrganizationId, int Year, string OrderNumber, OrderKind Kind, IReadOnlyList<MentoringUnitId> Units)
    : DomainEvent(Date), IPairingEvent;
