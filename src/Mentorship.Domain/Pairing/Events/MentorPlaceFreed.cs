using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>A place of a mentor becomes free on the date (a cue for the continued search).</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="OrganizationId">The register's organisation.</param>
/// <param name="Year">The register's year.</param>
/// <param name="Mentor">The mentor.</param>
/// <param name="UnitId">The pair or group.</param>
public sealed record MentorPlaceFreed(LocalDate Date, OrganizationId OrganizationId, int Year, EducatorId Mentor, MentoringUnitId UnitId)
    : DomainEvent(Date), IPairingEvent;
