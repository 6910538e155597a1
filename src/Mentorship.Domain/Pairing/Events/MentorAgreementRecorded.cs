using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>The mentor's Labour Code art. 351.8 agreement was recorded for a unit.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="OrganizationId">The register's organisation.</param>
/// <param name="Year">The register's year.</param>
/// <param name="UnitId">The pair or group.</param>
/// <param name="Mentor">The mentor.</param>
public sealed record MentorAgreementRecorded(LocalDate Date, OrganizationId OrganizationId, int Year, MentoringUnitId UnitId, EducatorId Mentor)
    : DomainEvent(Date), IPairingEvent;
