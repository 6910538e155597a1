using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Banks.Events;

/// <summary>A person entered a bank.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="OrganizationId">The bank's organisation.</param>
/// <param name="Year">The bank's intake year.</param>
/// <param name="Kind">Which bank.</param>
/// <param name="EducatorId">The person concerned.</param>
/// <param name="OutsideIntakeWindow">Whether the coordinator let the entry in outside the intake window.</param>
public sealed record PersonAdmitted(LocalDate Date, OrganizationId OrganizationId, int Year, BankKind Kind, EducatorId EducatorId, bool OutsideIntakeWindow)
    : DomainEvent(Date), IBankEvent;
