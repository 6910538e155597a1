using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Banks.Events;

/// <summary>A mentor's competencies were replaced.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="OrganizationId">The bank's organisation.</param>
/// <param name="Year">The bank's intake year.</param>
/// <param name="Kind">Which bank.</param>
/// <param name="EducatorId">The person concerned.</param>
public sealed record MentorCompetenciesChanged(LocalDate Date, OrganizationId OrganizationId, int Year, BankKind Kind, EducatorId EducatorId)
    : DomainEvent(Date), IBankEvent;
