using System.Collections.Generic;
using Mentorship.Domain.Monitoring.Facts;

namespace Mentorship.Domain.Monitoring.InformationSupport;

/// <summary>How one roadmap event is covered: the channels used, the required channels still missing, the status.</summary>
/// <param name="Item">The roadmap item.</param>
/// <param name="Channels">The channels it was covered in, in enum order.</param>
/// <param name="MissingRequired">The required channels (website, social networks) without coverage.</param>
/// <param name="Status">The status.</param>
public sealed record RoadmapItemCoverage(
    RoadmapItemFact Item,
    IReadOnlyList<CoverageChannel> Channels,
    IReadOnlyList<CoverageChannel> MissingRequired,
    CoverageStatus Status);
