using NodaTime;

namespace Mentorship.Domain.Monitoring.InformationSupport;

/// <summary>One publication about a roadmap event: which item, where, when, and a reference (a link or a note).</summary>
/// <param name="RoadmapItemId">The roadmap item covered.</param>
/// <param name="Channel">Where.</param>
/// <param name="On">The date of the publication.</param>
/// <param name="Reference">A link or a note identifying the publication.</param>
public sealed record CoverageRecord(string RoadmapItemId, CoverageChannel Channel, LocalDate On, string Reference);
