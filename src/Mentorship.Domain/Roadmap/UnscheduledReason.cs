namespace Mentorship.Domain.Roadmap;

/// <summary>Why roadmap work got no dated work item in a year's schedule.</summary>
public enum UnscheduledReason
{
    /// <summary>The timing gives no dates (on a separate plan, as needed).</summary>
    NoDates = 0,

    /// <summary>The timing's windows all lie in other years (a year written in the phrase wins).</summary>
    OutsideYear = 1,
}
