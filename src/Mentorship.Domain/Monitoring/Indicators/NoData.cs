namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>
/// The value of an indicator whose denominator is empty: nothing to measure in the scope and period. Not zero, and
/// not an error.
/// </summary>
public sealed class NoData
{
    private NoData()
    {
    }

    /// <summary>The single instance.</summary>
    public static NoData Instance { get; } = new();

    /// <inheritdoc />
    public override string ToString() => "no data";
}
