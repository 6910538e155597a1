namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>Whether an indicator reached its target.</summary>
public enum TargetStatus
{
    /// <summary>The indicator has no target.</summary>
    NoTarget = 0,

    /// <summary>The target is met.</summary>
    Met = 1,

    /// <summary>The target is missed.</summary>
    Missed = 2,

    /// <summary>The indicator has a target but no data, so it cannot be judged.</summary>
    NotAssessed = 3,
}
