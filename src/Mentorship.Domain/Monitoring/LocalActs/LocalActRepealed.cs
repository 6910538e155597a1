using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.LocalActs;

/// <summary>A local act lost force: its last day in force was set.</summary>
/// <param name="Date">The last day in force.</param>
/// <param name="OrganizationId">The register's organisation.</param>
/// <param name="ActId">The act's identifier in the register.</param>
public sealed record LocalActRepealed(LocalDate Date, OrganizationId OrganizationId, int ActId) : DomainEvent(Date);
