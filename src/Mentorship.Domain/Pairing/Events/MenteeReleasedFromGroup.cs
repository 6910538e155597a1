using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>A mentee left a group that goes on, by an order.</summary>
/// <param name="Date">The mentee's last day in the group.</param>
/// <param name="OrganizationId">The register's organisation.</param>
/// <param name="Year">The register's year.</param>
/// <param name="UnitId">The group.</param>
/// <param name="Mentee">The mentee.</param>
/// <param name="Grounds">Why.</param>
/// <param name="OrderNumber">The order's number.</param>
public sealed record MenteeReleasedFromGroup(LocalDate Date, OrganizationId OrganizationId, int Year, MentoringUnitId UnitId, EducatorId Mentee, MenteeLeavingGrounds Grounds, string OrderNumber)
    : DomainEvent(Date), IPairingEvent;
