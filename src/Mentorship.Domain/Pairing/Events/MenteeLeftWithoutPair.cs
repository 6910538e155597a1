using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>A mentee's pair or group ended early; from the date they need support and a continued search.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="OrganizationId">The register's organisation.</param>
/// <param name="Year">The register's year.</param>
/// <param name="Mentee">The mentee.</param>
/// <param name="UnitId">The pair or group.</param>
public sealed record MenteeLeftWithoutPair(LocalDate Date, OrganizationId OrganizationId, int Year, EducatorId Mentee, MentoringUnitId UnitId)
    : DomainEvent(Date), IPairingEvent;
