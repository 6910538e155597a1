using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// What has been done: the date each work item (by <see cref="WorkItem.Id"/>) was completed. Immutable; the
/// <c>With…</c> methods return new instances. Ids the schedule does not know are ignored by it.
/// </summary>
public sealed class RoadmapProgress
{
    private readonly Dictionary<string, LocalDate> _done;

    private RoadmapProgress(Dictionary<string, LocalDate> done) => _done = done;

    /// <summary>Nothing done yet.</summary>
    public static RoadmapProgress Empty { get; } = new(new Dictionary<string, LocalDate>(System.StringComparer.Ordinal));

    /// <summary>The completion dates by work item id.</summary>
    public IReadOnlyDictionary<string, LocalDate> Completions => _done;

    /// <summary>Records a work item as done on a date, replacing an earlier record for it.</summary>
    /// <param name="workItemId">The work item's id.</param>
    /// <param name="on">The date it was done.</param>
    /// <returns>The new progress.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="workItemId"/> is null or blank.</exception>
    public RoadmapProgress WithDone(string workItemId, LocalDate on)
    {
        Guard.Against.NullOrWhiteSpace(workItemId);
        var copy = new Dictionary<string, LocalDate>(_done, System.StringComparer.Ordinal) { [workItemId.Trim()] = on };
        return new RoadmapProgress(copy);
    }

    /// <summary>The date a work item was done, or null.</summary>
    /// <param name="workItemId">The id.</param>
    /// <returns>The date, or null.</returns>
    public LocalDate? DoneOn(string workItemId) =>
        workItemId is not null && _done.TryGetValue(workItemId, out var date) ? date : null;
}
