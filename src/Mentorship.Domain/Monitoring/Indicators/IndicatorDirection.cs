namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>Which way an indicator improves: what a report's reader should want of its value.</summary>
public enum IndicatorDirection
{
    /// <summary>Higher is better (coverage, completion, satisfaction…).</summary>
    HigherIsBetter = 1,

    /// <summary>Lower is better (early terminations and replacements, K5).</summary>
    LowerIsBetter = 2,

    /// <summary>Neither: the value is read against a norm (the mentor load, K9, against the capacity).</summary>
    AgainstNorm = 3,
}
