using Mentorship.Domain.Monitoring.Facts;

namespace Mentorship.Domain.Monitoring.Reports;

/// <summary>A roadmap item as a report lists it: the item and where it stands on the report's last day.</summary>
/// <param name="Item">The item.</param>
/// <param name="Status">Its status on the report's last day.</param>
public sealed record RoadmapLine(RoadmapItemFact Item, RoadmapItemStatus Status);
