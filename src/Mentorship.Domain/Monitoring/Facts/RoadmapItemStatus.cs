namespace Mentorship.Domain.Monitoring.Facts;

/// <summary>Where a roadmap item stands on a date, as the monitoring report shows it.</summary>
public enum RoadmapItemStatus
{
    /// <summary>Not done, and its window has not started.</summary>
    Planned = 0,

    /// <summary>Not done, its window open.</summary>
    InProgress = 1,

    /// <summary>Done on or before its due date.</summary>
    DoneOnTime = 2,

    /// <summary>Done after its due date.</summary>
    DoneLate = 3,

    /// <summary>Not done, and its due date has passed.</summary>
    Overdue = 4,
}
