namespace Mentorship.Domain.Roadmap;

/// <summary>Where a work item stands on a date.</summary>
public enum WorkItemStatus
{
    /// <summary>Not done, and its start is still ahead.</summary>
    Planned = 0,

    /// <summary>Not done, started, and not yet past its due date.</summary>
    InProgress = 1,

    /// <summary>Recorded as done on or before the date.</summary>
    Done = 2,

    /// <summary>Not done, and its due date has passed.</summary>
    Overdue = 3,
}
