using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>A mentee's consent to take part was recorded.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="OrganizationId">The register's organisation.</param>
/// <param name="Year">The register's year.</param>
/// <param name="UnitId">The pair or group.</param>
/// <param name="Mentee">The mentee.</param>
public sealed record MenteeConsentRecorded(LocalDate Date, OrganizationId OrganizationId, int Year, MentoringUnitId UnitId, EducatorId Mentee)
    : DomainEvent(Date), IPairingEvent;
