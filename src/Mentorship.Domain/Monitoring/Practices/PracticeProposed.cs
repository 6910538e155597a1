using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Practices;

/// <summary>A practice was proposed to an organisation's collection.</summary>
/// <param name="Date">The date.</param>
/// <param name="OrganizationId">The collection's organisation.</param>
/// <param name="PracticeId">The practice.</param>
/// <param name="ProgrammeId">The pair or group it comes from.</param>
public sealed record PracticeProposed(LocalDate Date, OrganizationId OrganizationId, string PracticeId, string ProgrammeId) : DomainEvent(Date);
