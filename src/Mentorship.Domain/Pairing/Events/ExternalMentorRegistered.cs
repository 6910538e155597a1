using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>A mentor from another organisation was registered (or their capacity changed) for the virtual form.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="OrganizationId">The register's organisation.</param>
/// <param name="Year">The register's year.</param>
/// <param name="Mentor">The mentor.</param>
/// <param name="MentorOrganizationId">The mentor's own organisation.</param>
/// <param name="Capacity">The places the mentor offers this register.</param>
public sealed record ExternalMentorRegistered(LocalDate Date, OrganizationId OrganizationId, int Year, EducatorId Mentor, OrganizationId MentorOrganizationId, int Capacity)
    : DomainEvent(Date), IPairingEvent;
