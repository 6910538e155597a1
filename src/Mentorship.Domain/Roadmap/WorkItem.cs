using System.Collections.Generic;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// A dated piece of roadmap work for one year: one deliverable (or an activity without deliverables) in one of
/// its timing's windows. Created by <see cref="RoadmapScheduler"/>. Immutable.
/// </summary>
public sealed class WorkItem
{
    internal WorkItem(
        string id,
        RoadmapActivity activity,
        Deliverable? deliverable,
        Timing timing,
        DateInterval window,
        LocalDate start,
        LocalDate due,
        WorkItemRole role)
    {
        Id = id;
        Activity = activity;
        Deliverable = deliverable;
        Timing = timing;
        Window = window;
        Start = start;
        Due = due;
        Role = role;
    }

    /// <summary>
    /// A stable identifier: activity number, deliverable index (0 for none), and the window's position when the
    /// timing gives several, e.g. <c>3.1/2</c> or <c>5.1/1#3</c>.
    /// </summary>
    public string Id { get; }

    /// <summary>The activity.</summary>
    public RoadmapActivity Activity { get; }

    /// <summary>The deliverable, or null for an activity without deliverables.</summary>
    public Deliverable? Deliverable { get; }

    /// <summary>The timing the window comes from.</summary>
    public Timing Timing { get; }

    /// <summary>The timing's window, both ends included.</summary>
    public DateInterval Window { get; }

    /// <summary>The first working day of the window.</summary>
    public LocalDate Start { get; }

    /// <summary>The last working day of the window: the due date.</summary>
    public LocalDate Due { get; }

    /// <summary>The role that decides its dependencies.</summary>
    public WorkItemRole Role { get; }

    /// <summary>Who is responsible: the activity's parties.</summary>
    public IReadOnlyList<ResponsibleParty> Responsible => Activity.Responsible;

    /// <summary>What to produce: the deliverable's title, or the activity's title.</summary>
    public string Title => Deliverable?.Title ?? Activity.Title;

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Start:yyyy-MM-dd}..{Due:yyyy-MM-dd}";
}
