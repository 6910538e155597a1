using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Banks.Events;

/// <summary>A mentee excluded a mentor (conflict of interest).</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="OrganizationId">The bank's organisation.</param>
/// <param name="Year">The bank's intake year.</param>
/// <param name="Kind">Which bank.</param>
/// <param name="EducatorId">The person concerned.</param>
/// <param name="MentorId">The excluded mentor.</param>
public sealed record MentorExcluded(LocalDate Date, OrganizationId OrganizationId, int Year, BankKind Kind, EducatorId EducatorId, EducatorId MentorId)
    : DomainEvent(Date), IBankEvent;
