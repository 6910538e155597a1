using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>A mentor's capacity was set in the register.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="OrganizationId">The register's organisation.</param>
/// <param name="Year">The register's year.</param>
/// <param name="Mentor">The mentor.</param>
/// <param name="Capacity">The places.</param>
public sealed record MentorCapacitySet(LocalDate Date, OrganizationId OrganizationId, int Year, EducatorId Mentor, int Capacity)
    : DomainEvent(Date), IPairingEvent;
