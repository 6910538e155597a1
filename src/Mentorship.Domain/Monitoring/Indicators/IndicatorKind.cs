namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>What an indicator's numerator and denominator are, and so what its value means.</summary>
public enum IndicatorKind
{
    /// <summary>A share: numerator ⊆ denominator; value = numerator / denominator × 100, in percent (0 to 100).</summary>
    Share = 1,

    /// <summary>A mean score: numerator = sum of 1–10 scores, denominator = number of scores; value in points (1 to 10).</summary>
    Mean = 2,

    /// <summary>A mean change: numerator = sum of (final − entry) over matched scores, denominator = matched scores; value in points (−9 to 9).</summary>
    Change = 3,

    /// <summary>A ratio of two counts: value = numerator / denominator (e.g. mentees per mentor).</summary>
    Ratio = 4,
}
