using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// Asks a schedule about "today", with today taken from an <see cref="IClock"/> in a time zone (the
/// organisation's), so that a host never passes the wrong date by accident. Thread-safe.
/// </summary>
public sealed class RoadmapMonitor
{
    private readonly IClock _clock;
    private readonly DateTimeZone _zone;

    /// <summary>Creates a monitor.</summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The time zone in which "today" is reckoned, e.g. Europe/Volgograd.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public RoadmapMonitor(RoadmapSchedule schedule, IClock clock, DateTimeZone zone)
    {
        Schedule = Guard.Against.Null(schedule);
        _clock = Guard.Against.Null(clock);
        _zone = Guard.Against.Null(zone);
    }

    /// <summary>The schedule asked about.</summary>
    public RoadmapSchedule Schedule { get; }

    /// <summary>Today's date in the monitor's time zone.</summary>
    public LocalDate Today => _clock.GetCurrentInstant().InZone(_zone).Date;

    /// <summary>Every work item with its status today.</summary>
    /// <param name="progress">What has been done.</param>
    /// <returns>The work items and statuses, in schedule order.</returns>
    public IReadOnlyList<(WorkItem Item, WorkItemStatus Status)> Statuses(RoadmapProgress progress)
    {
        Guard.Against.Null(progress);
        var today = Today;
        return [.. Schedule.Items.Select(i => (i, RoadmapSchedule.StatusOf(i, progress, today)))];
    }

    /// <summary>The agenda of the next <paramref name="days"/> days, today included.</summary>
    /// <param name="progress">What has been done.</param>
    /// <param name="days">The number of days, at least 1.</param>
    /// <returns>The entries.</returns>
    public IReadOnlyList<AgendaEntry> Agenda(RoadmapProgress progress, int days) => Schedule.Agenda(progress, Today, days);

    /// <summary>Indicator K12 today.</summary>
    /// <param name="progress">What has been done.</param>
    /// <returns>The indicator.</returns>
    public RoadmapExecutionIndicator Execution(RoadmapProgress progress) => Schedule.Execution(progress, Today);
}
