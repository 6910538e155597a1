using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// A roadmap scheduled for one calendar year: dated work items, the dependencies between them and the conflicts
/// found, and the questions asked of it during the year (status, agenda, load, K12). Made by
/// <see cref="RoadmapScheduler"/>. Immutable and thread-safe; progress is passed in.
/// </summary>
public sealed class RoadmapSchedule
{
    private readonly Dictionary<string, WorkItem> _byId;

    internal RoadmapSchedule(
        int year,
        IReadOnlyList<WorkItem> items,
        IReadOnlyList<UnscheduledWork> unscheduled,
        IReadOnlyList<WorkItemDependency> dependencies,
        IReadOnlyList<RuleViolation> conflicts)
    {
        Year = year;
        Items = items;
        Unscheduled = unscheduled;
        Dependencies = dependencies;
        Conflicts = conflicts;
        _byId = items.ToDictionary(i => i.Id, System.StringComparer.Ordinal);
    }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>The work items, in roadmap order (activity, deliverable, window).</summary>
    public IReadOnlyList<WorkItem> Items { get; }

    /// <summary>Work that has no dates in this year, and why.</summary>
    public IReadOnlyList<UnscheduledWork> Unscheduled { get; }

    /// <summary>The dependencies between the work items.</summary>
    public IReadOnlyList<WorkItemDependency> Dependencies { get; }

    /// <summary>Dependencies broken by the dates: a work item due before one it follows (<see cref="PrerequisiteDueFirstRule"/>).</summary>
    public IReadOnlyList<RuleViolation> Conflicts { get; }

    /// <summary>The work item with the given id, or null.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The work item, or null.</returns>
    public WorkItem? Find(string id) => id is not null && _byId.TryGetValue(id, out var item) ? item : null;

    /// <summary>The status of a work item on a date.</summary>
    /// <param name="item">The work item.</param>
    /// <param name="progress">What has been done.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>Done if recorded done on or before <paramref name="asOf"/>; otherwise planned before its start, in progress up to its due date, overdue after.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static WorkItemStatus StatusOf(WorkItem item, RoadmapProgress progress, LocalDate asOf)
    {
        Guard.Against.Null(item);
        Guard.Against.Null(progress);
        if (progress.DoneOn(item.Id) is { } done && done <= asOf)
        {
            return WorkItemStatus.Done;
        }

        if (asOf < item.Start)
        {
            return WorkItemStatus.Planned;
        }

        return asOf <= item.Due ? WorkItemStatus.InProgress : WorkItemStatus.Overdue;
    }

    /// <summary>
    /// The agenda of the <paramref name="days"/> days from <paramref name="from"/>: every work item not done whose
    /// start–due span meets the period, and every overdue one; overdue first, then by due date.
    /// </summary>
    /// <param name="progress">What has been done.</param>
    /// <param name="from">The first day of the period.</param>
    /// <param name="days">The number of days, at least 1.</param>
    /// <returns>The entries.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="progress"/> is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="days"/> is less than 1 or more than 3660.</exception>
    public IReadOnlyList<AgendaEntry> Agenda(RoadmapProgress progress, LocalDate from, int days)
    {
        Guard.Against.Null(progress);
        Guard.Against.OutOfRange(days, nameof(days), 1, 3660);
        var last = from.PlusDays(days - 1);
        return
        [
            .. Items
                .Select(item => (item, status: StatusOf(item, progress, from)))
                .Where(x => x.status == WorkItemStatus.Overdue
                    || (x.status != WorkItemStatus.Done && x.item.Start <= last && x.item.Due >= from))
                .OrderBy(x => x.status == WorkItemStatus.Overdue ? 0 : 1)
                .ThenBy(x => x.item.Due)
                .Select(x => new AgendaEntry(
                    x.item,
                    x.status,
                    x.item.Start >= from && x.item.Start <= last,
                    x.item.Due >= from && x.item.Due <= last)),
        ];
    }

    /// <summary>
    /// The load of each responsible party, month by month through <see cref="Year"/>: the work items whose
    /// start–due span meets each month. Parties in order of first appearance; months without work left out.
    /// </summary>
    /// <returns>The loads.</returns>
    public IReadOnlyList<ResponsibleLoad> LoadByResponsible()
    {
        var parties = Items.SelectMany(i => i.Responsible).Distinct().ToList();
        var result = new List<ResponsibleLoad>();
        foreach (var party in parties)
        {
            for (var month = 1; month <= 12; month++)
            {
                var first = new LocalDate(Year, month, 1);
                var last = first.PlusMonths(1).PlusDays(-1);
                var ids = Items
                    .Where(i => i.Responsible.Contains(party) && i.Start <= last && i.Due >= first)
                    .Select(i => i.Id)
                    .ToArray();
                if (ids.Length > 0)
                {
                    result.Add(new ResponsibleLoad(party, new YearMonth(Year, month), ids));
                }
            }
        }

        return result;
    }

    /// <summary>Indicator K12 on a date: activities done on time / activities due.</summary>
    /// <param name="progress">What has been done.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="progress"/> is null.</exception>
    public RoadmapExecutionIndicator Execution(RoadmapProgress progress, LocalDate asOf)
    {
        Guard.Against.Null(progress);
        var due = 0;
        var onTime = 0;
        foreach (var group in Items.GroupBy(i => i.Activity.Number, System.StringComparer.Ordinal))
        {
            var dueItems = group.Where(i => i.Due <= asOf).ToArray();
            if (dueItems.Length == 0)
            {
                continue;
            }

            due++;
            if (dueItems.All(i => progress.DoneOn(i.Id) is { } done && done <= i.Due && done <= asOf))
            {
                onTime++;
            }
        }

        return new RoadmapExecutionIndicator(asOf, due, onTime);
    }
}
