using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Banks.Events;

/// <summary>A person left a bank; only anonymous facts of the entry remain.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="OrganizationId">The bank's organisation.</param>
/// <param name="Year">The bank's intake year.</param>
/// <param name="Kind">Which bank.</param>
/// <param name="EducatorId">The person concerned.</param>
/// <param name="Reason">Why.</param>
public sealed record PersonLeftBank(LocalDate Date, OrganizationId OrganizationId, int Year, BankKind Kind, EducatorId EducatorId, RemovalReason Reason)
    : DomainEvent(Date), IBankEvent;
