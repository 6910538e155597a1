using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>The mentor of a pair or group was replaced; the date is the new mentor's first day.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="OrganizationId">The register's organisation.</param>
/// <param name="Year">The register's year.</param>
/// <param name="UnitId">The pair or group.</param>
/// <param name="PreviousMentor">The previous mentor.</param>
/// <param name="NewMentor">The new mentor.</param>
/// <param name="Grounds">The grounds.</param>
public sealed record MentorReplaced(LocalDate Date, OrganizationId OrganizationId, int Year, MentoringUnitId UnitId, EducatorId PreviousMentor, EducatorId NewMentor, ReplacementGrounds Grounds)
    : DomainEvent(Date), IPairingEvent;
