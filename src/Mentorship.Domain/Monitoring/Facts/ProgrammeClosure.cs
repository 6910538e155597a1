namespace Mentorship.Domain.Monitoring.Facts;

/// <summary>How a pair's or group's programme was closed.</summary>
public enum ProgrammeClosure
{
    /// <summary>Completed at its term with its goals achieved: status "done" (indicator K3's numerator).</summary>
    CompletedDone = 1,

    /// <summary>Completed at its term without achieving its goals, or only partly.</summary>
    CompletedNotDone = 2,

    /// <summary>Ended before its term (Labour Code art. 351.8: either side may end it early).</summary>
    EndedEarly = 3,
}
