namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>Which side of its threshold a target wants an indicator on.</summary>
public enum TargetComparison
{
    /// <summary>The value is at least the threshold (coverage, satisfaction, execution).</summary>
    AtLeast = 1,

    /// <summary>The value is at most the threshold (early terminations, mentor load).</summary>
    AtMost = 2,
}
