using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// Turns a roadmap into a year's dated work items on a working-day calendar, links them by dependency rules, and
/// finds the conflicts. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// One work item per deliverable (or per activity without deliverables) and per window of the timing that applies
/// to it (<see cref="RoadmapActivity.TimingOf"/>) read for the year. Only windows that meet the year are scheduled;
/// timings without dates and windows wholly in other years are listed in <see cref="RoadmapSchedule.Unscheduled"/>.
/// </para>
/// <para>
/// A work item starts on the first working day of its window and is due on the last one
/// (<see cref="IWorkingDayCalendar.NextWorkingDayOnOrAfter"/>, <see cref="IWorkingDayCalendar.PreviousWorkingDayOnOrBefore"/>);
/// a window without a working day (a deadline on a Sunday) makes it start and be due on the last working day
/// before the window's end. The calendar's own errors (an unknown production year) reach the caller.
/// </para>
/// </remarks>
public sealed class RoadmapScheduler
{
    private readonly IWorkingDayCalendar _calendar;
    private readonly IReadOnlyList<DependencyRule> _rules;

    /// <summary>Creates a scheduler.</summary>
    /// <param name="calendar">The working-day calendar; <see cref="WeekdayCalendar.Instance"/> when null.</param>
    /// <param name="rules">The dependency rules; <see cref="DependencyRule.Standard"/> when null.</param>
    public RoadmapScheduler(IWorkingDayCalendar? calendar = null, IEnumerable<DependencyRule>? rules = null)
    {
        _calendar = calendar ?? WeekdayCalendar.Instance;
        _rules = rules is null ? DependencyRule.Standard : [.. rules.Select(r => Guard.Against.Null(r, nameof(rules)))];
    }

    /// <summary>Schedules a roadmap for a calendar year.</summary>
    /// <param name="roadmap">The roadmap.</param>
    /// <param name="year">The year, 1900–9998.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="roadmap"/> is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    /// <exception cref="UnknownProductionYearException">The calendar does not know a year the work falls in.</exception>
    public RoadmapSchedule Schedule(MentorshipRoadmap roadmap, int year)
    {
        Guard.Against.Null(roadmap);
        Guard.Against.OutOfRange(year, nameof(year), 1900, 9998);
        var yearInterval = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        var items = new List<WorkItem>();
        var unscheduled = new List<UnscheduledWork>();
        foreach (var activity in roadmap.Activities)
        {
            var targets = activity.Deliverables.Count == 0
                ? [(Deliverable: (Deliverable?)null, Timing: activity.Timing)]
                : activity.Deliverables.Select(d => (Deliverable: (Deliverable?)d, Timing: activity.TimingOf(d))).ToList();
            foreach (var (deliverable, timing) in targets)
            {
                var windows = timing.WindowsFor(year);
                if (windows.Count == 0)
                {
                    unscheduled.Add(new UnscheduledWork(activity, deliverable, timing, UnscheduledReason.NoDates));
                    continue;
                }

                var inYear = windows.Where(w => w.Intersection(yearInterval) is not null).ToList();
                if (inYear.Count == 0)
                {
                    unscheduled.Add(new UnscheduledWork(activity, deliverable, timing, UnscheduledReason.OutsideYear));
                    continue;
                }

                for (var k = 0; k < inYear.Count; k++)
                {
                    var id = string.Format(CultureInfo.InvariantCulture, "{0}/{1}", activity.Number, deliverable?.Index ?? 0);
                    if (inYear.Count > 1)
                    {
                        id += string.Format(CultureInfo.InvariantCulture, "#{0}", k + 1);
                    }

                    var window = inYear[k];
                    var due = _calendar.PreviousWorkingDayOnOrBefore(window.End);
                    var start = _calendar.NextWorkingDayOnOrAfter(window.Start);
                    if (start > due)
                    {
                        start = due;
                    }

                    var role = WorkItemRoleClassifier.Classify(activity, deliverable);
                    items.Add(new WorkItem(id, activity, deliverable, timing, window, start, due, role));
                }
            }
        }

        var dependencies = new List<WorkItemDependency>();
        var conflicts = new List<RuleViolation>();
        foreach (var rule in _rules)
        {
            foreach (var dependent in items.Where(i => i.Role == rule.Dependent))
            {
                foreach (var prerequisite in items.Where(i => i.Role == rule.Prerequisite))
                {
                    dependencies.Add(new WorkItemDependency(dependent.Id, prerequisite.Id, rule.Name));
                    if (PrerequisiteDueFirstRule.Check(dependent, prerequisite, rule.Name) is { } violation)
                    {
                        conflicts.Add(violation);
                    }
                }
            }
        }

        return new RoadmapSchedule(year, items, unscheduled, dependencies, conflicts);
    }
}
