using System.Globalization;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>
/// A target for an indicator: a threshold in the indicator's unit (percent for shares) and the side it must be on.
/// Judged exactly on the numerator and denominator, not on a rounded value. Immutable.
/// </summary>
public sealed class IndicatorTarget
{
    /// <summary>Creates a target.</summary>
    /// <param name="comparison">The side.</param>
    /// <param name="threshold">The threshold, in the indicator's unit.</param>
    /// <exception cref="System.ArgumentException">The comparison is unknown.</exception>
    public IndicatorTarget(TargetComparison comparison, decimal threshold)
    {
        Comparison = Guard.Against.EnumOutOfRange(comparison);
        Threshold = threshold;
    }

    /// <summary>
    /// The national project's target used for K1: at least 70 %. Its <see cref="Source"/> names it in its own words: the
    /// share of pedagogical workers under 35 involved in forms of support and accompaniment in their first three years
    /// of work (national project «Образование»), a broader count than "in a mentoring programme".
    /// </summary>
    public static IndicatorTarget FederalYoungTeacherCoverage { get; } = AtLeast(70m).WithSource(IndicatorProvenance.NationalProjectIndicator);

    /// <summary>Where the target comes from, in Russian, as a report cites it; <see langword="null"/> for a target the host set without one.</summary>
    public string? Source { get; private init; }

    /// <summary>The side.</summary>
    public TargetComparison Comparison { get; }

    /// <summary>The threshold, in the indicator's unit.</summary>
    public decimal Threshold { get; }

    /// <summary>A target of at least a threshold.</summary>
    /// <param name="threshold">The threshold.</param>
    /// <returns>The target.</returns>
    public static IndicatorTarget AtLeast(decimal threshold) => new(TargetComparison.AtLeast, threshold);

    /// <summary>A target of at most a threshold.</summary>
    /// <param name="threshold">The threshold.</param>
    /// <returns>The target.</returns>
    public static IndicatorTarget AtMost(decimal threshold) => new(TargetComparison.AtMost, threshold);

    /// <summary>A copy citing a source (a report prints it beside the target).</summary>
    /// <param name="source">The source in Russian, e.g. a regional order's number and wording.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="System.ArgumentException">The source is blank.</exception>
    public IndicatorTarget WithSource(string source) =>
        new(Comparison, Threshold) { Source = Guard.Against.NullOrWhiteSpace(source).Trim() };

    /// <summary>Judges a fraction against the target.</summary>
    /// <param name="kind">The indicator's kind (shares are in percent).</param>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator.</param>
    /// <returns><see cref="TargetStatus.NotAssessed"/> for an empty denominator, otherwise met or missed.</returns>
    public TargetStatus Judge(IndicatorKind kind, long numerator, long denominator)
    {
        if (denominator == 0)
        {
            return TargetStatus.NotAssessed;
        }

        // numerator / denominator (× 100) against the threshold, cross-multiplied: exact, no rounding.
        var scaled = kind == IndicatorKind.Share ? numerator * 100m : numerator;
        var bound = Threshold * denominator;
        var met = Comparison == TargetComparison.AtLeast ? scaled >= bound : scaled <= bound;
        return met ? TargetStatus.Met : TargetStatus.Missed;
    }

    /// <inheritdoc />
    public override string ToString() =>
        (Comparison == TargetComparison.AtLeast ? "≥ " : "≤ ") + Threshold.ToString("0.##", CultureInfo.InvariantCulture);
}
