using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.LocalActs;

/// <summary>A local act was registered in the institution's register.</summary>
/// <param name="Date">The date of the act.</param>
/// <param name="OrganizationId">The register's organisation.</param>
/// <param name="ActId">The act's identifier in the register.</param>
/// <param name="Kind">The kind.</param>
public sealed record LocalActRegistered(LocalDate Date, OrganizationId OrganizationId, int ActId, LocalActKind Kind) : DomainEvent(Date);
