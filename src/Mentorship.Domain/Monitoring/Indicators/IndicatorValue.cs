using System.Globalization;
using OneOf;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>
/// The value of an indicator: a number in the unit of its <see cref="IndicatorKind"/> (percent for shares, points
/// for means and changes, a plain ratio), or <see cref="Monitoring.Indicators.NoData"/> when the denominator is empty.
/// </summary>
public sealed class IndicatorValue : OneOfBase<decimal, NoData>
{
    private IndicatorValue(OneOf<decimal, NoData> value)
        : base(value)
    {
    }

    /// <summary>The value of an empty denominator.</summary>
    public static IndicatorValue None { get; } = new(NoData.Instance);

    /// <summary>Whether there is a number.</summary>
    public bool HasData => IsT0;

    /// <summary>The number; throws <see cref="System.InvalidOperationException"/> when there is no data.</summary>
    public decimal Number => AsT0;

    /// <summary>The value of a fraction in an indicator's unit.</summary>
    /// <param name="kind">The indicator's kind: shares are scaled to percent.</param>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator; zero gives <see cref="None"/>.</param>
    /// <returns>The value.</returns>
    public static IndicatorValue Of(IndicatorKind kind, long numerator, long denominator) =>
        denominator == 0
            ? None
            : new IndicatorValue((kind == IndicatorKind.Share ? numerator * 100m : numerator) / denominator);

    /// <inheritdoc />
    public override string ToString() => HasData ? Number.ToString("0.##", CultureInfo.InvariantCulture) : NoData.Instance.ToString();
}
