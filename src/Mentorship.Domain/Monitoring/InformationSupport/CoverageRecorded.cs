using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.InformationSupport;

/// <summary>The coverage of a roadmap event in a channel was recorded in the information-support log.</summary>
/// <param name="Date">The date of the publication.</param>
/// <param name="OrganizationId">The log's organisation.</param>
/// <param name="RoadmapItemId">The roadmap item covered.</param>
/// <param name="Channel">Where.</param>
public sealed record CoverageRecorded(LocalDate Date, OrganizationId OrganizationId, string RoadmapItemId, CoverageChannel Channel) : DomainEvent(Date);
