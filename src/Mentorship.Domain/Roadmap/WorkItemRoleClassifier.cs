using Ardalis.GuardClauses;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// Recognises the role of a roadmap row from its Russian words, so that the standard dependencies apply to any
/// school's roadmap worded like the seed. A deliverable's own words decide first; otherwise the activity's title.
/// </summary>
/// <remarks>
/// Deliverable: «приказ … о закреплении» → <see cref="WorkItemRole.PairingOrder"/>; starting «подготовка» or
/// «разработка» and naming «персонализированн… программ» → <see cref="WorkItemRole.Programmes"/>; «справка»
/// about «реализации программ» → <see cref="WorkItemRole.MonitoringReport"/>. Activity: «банк… наставляемых» →
/// <see cref="WorkItemRole.MenteeBank"/>; «банк… наставников» → <see cref="WorkItemRole.MentorBank"/>; «работы
/// наставнических пар» → <see cref="WorkItemRole.PairsWork"/>. Case does not matter.
/// </remarks>
internal static class WorkItemRoleClassifier
{
    /// <summary>The role of an activity, or of one of its deliverables.</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="deliverable">One of its deliverables, or null for the activity as a whole.</param>
    /// <returns>The role.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="activity"/> is null.</exception>
    public static WorkItemRole Classify(RoadmapActivity activity, Deliverable? deliverable)
    {
        Guard.Against.Null(activity);
        if (deliverable is not null)
        {
            var text = deliverable.Title.ToLowerInvariant();
            if (text.Contains("приказ") && text.Contains("закреплени"))
            {
                return WorkItemRole.PairingOrder;
            }

            if ((text.StartsWith("подготовка", System.StringComparison.Ordinal) || text.StartsWith("разработка", System.StringComparison.Ordinal))
                && text.Contains("персонализированн") && text.Contains("программ"))
            {
                return WorkItemRole.Programmes;
            }

            if (text.Contains("справка") && text.Contains("реализации программ"))
            {
                return WorkItemRole.MonitoringReport;
            }
        }

        var title = activity.Title.ToLowerInvariant();
        if (title.Contains("банк") && title.Contains("наставляем"))
        {
            return WorkItemRole.MenteeBank;
        }

        if (title.Contains("банк") && title.Contains("наставник"))
        {
            return WorkItemRole.MentorBank;
        }

        return title.Contains("работы наставнических пар") ? WorkItemRole.PairsWork : WorkItemRole.Other;
    }
}
