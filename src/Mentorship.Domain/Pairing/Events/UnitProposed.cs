using System.Collections.Generic;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>A pair or group was proposed.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="OrganizationId">The register's organisation.</param>
/// <param name="Year">The register's year.</param>
/// <param name="UnitId">The pair or group.</param>
/// <param name="Mentor">The mentor.</param>
/// <param name="Mentees">The mentees.</param>
/// <param name="Form">The form.</param>
public sealed record UnitProposed(LocalDate Date, OrganizationId OrganizationId, int Year, MentoringUnitId UnitId, EducatorId Mentor, IReadOnlyList<EducatorId> Mentees, MentorshipForm Form)
    : DomainEvent(Date), IPairingEvent;
