using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// Indicator K12, roadmap execution: activities done on time / activities due, as of a date. An activity is due
/// when at least one of its work items has its due date on or before the date; it is done on time when each of
/// those work items was recorded done on or before its own due date.
/// </summary>
/// <param name="AsOf">The date.</param>
/// <param name="ActivitiesDue">The denominator.</param>
/// <param name="ActivitiesDoneOnTime">The numerator.</param>
public sealed record RoadmapExecutionIndicator(LocalDate AsOf, int ActivitiesDue, int ActivitiesDoneOnTime)
{
    /// <summary>The indicator's id in the monitoring set (domain guide §7).</summary>
    public const string IndicatorId = "K12";

    /// <summary>The share, 0 to 1; null when nothing is due yet.</summary>
    public double? Share => ActivitiesDue == 0 ? null : (double)ActivitiesDoneOnTime / ActivitiesDue;
}
