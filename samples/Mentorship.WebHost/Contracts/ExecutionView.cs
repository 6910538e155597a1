using Mentorship.Domain.Roadmap;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>Indicator K12, roadmap execution: activities done on time of those due by the date.</summary>
public sealed record ExecutionView(string Indicator, LocalDate AsOf, int ActivitiesDue, int ActivitiesDoneOnTime, double? Share)
{
    internal static ExecutionView Of(RoadmapExecutionIndicator k) =>
        new(RoadmapExecutionIndicator.IndicatorId, k.AsOf, k.ActivitiesDue, k.ActivitiesDoneOnTime, k.Share);
}
