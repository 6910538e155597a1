using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Banks.Events;

/// <summary>A person's personal data was erased from a bank after they withdrew consent; the host should erase it elsewhere too.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="OrganizationId">The bank's organisation.</param>
/// <param name="Year">The bank's intake year.</param>
/// <param name="Kind">Which bank.</param>
/// <param name="EducatorId">The person concerned.</param>
public sealed record PersonalDataErased(LocalDate Date, OrganizationId OrganizationId, int Year, BankKind Kind, EducatorId EducatorId)
    : DomainEvent(Date), IBankEvent;
