using System.Collections.Generic;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>As needed: «по мере необходимости». It gives no dates. Code <c>as-needed</c>.</summary>
public sealed class AsNeededTiming : Timing
{
    private AsNeededTiming()
    {
    }

    /// <summary>The single instance.</summary>
    public static AsNeededTiming Instance { get; } = new();

    /// <inheritdoc />
    public override string Code => "as-needed";

    /// <inheritdoc />
    public override IReadOnlyList<DateInterval> WindowsFor(int year)
    {
        MonthNames.CheckYear(year);
        return [];
    }

    /// <inheritdoc />
    public override string ToString() => "по мере необходимости";
}
