using System.Collections.Generic;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>K12, execution of the organisation's roadmap.</summary>
/// <remarks>
/// <para><b>Denominator:</b> roadmap activities of the organisation with at least one work item due in the period.</para>
/// <para><b>Numerator:</b> those whose every such item was done on or before its due date.</para>
/// <para><b>Drill-down:</b> <c>organisation/activity</c> identifiers.</para>
/// </remarks>
internal sealed class RoadmapExecution() : SingleResultIndicator(new(
    IndicatorCode.K12,
    IndicatorKind.Share,
    false,
    "Исполнение дорожной карты",
    "мероприятия, выполненные в срок / мероприятия со сроком в периоде"))
{
    /// <inheritdoc />
    protected override void Count(IndicatorContext context, Tally tally)
    {
        var order = new List<string>();
        var onTime = new Dictionary<string, bool>(System.StringComparer.Ordinal);
        foreach (var item in context.Own.RoadmapItems)
        {
            if (!context.Period.Contains(item.Due))
            {
                continue;
            }

            var done = item.DoneOn is { } d && d <= item.Due;
            if (onTime.TryGetValue(item.Activity, out var sofar))
            {
                onTime[item.Activity] = sofar && done;
            }
            else
            {
                order.Add(item.Activity);
                onTime.Add(item.Activity, done);
            }
        }

        foreach (var activity in order)
        {
            tally.Denominator++;
            if (onTime[activity])
            {
                tally.Count(context.Organization.Value, activity);
            }
        }
    }
}
