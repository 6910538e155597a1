using System.Collections.Generic;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>On a separate plan: «по отдельному плану». It gives no dates: the plan it refers to does. Code <c>separate-plan</c>.</summary>
public sealed class SeparatePlanTiming : Timing
{
    private SeparatePlanTiming()
    {
    }

    /// <summary>The single instance.</summary>
    public static SeparatePlanTiming Instance { get; } = new();

    /// <inheritdoc />
    public override string Code => "separate-plan";

    /// <inheritdoc />
    public override IReadOnlyList<DateInterval> WindowsFor(int year)
    {
        MonthNames.CheckYear(year);
        return [];
    }

    /// <inheritdoc />
    public override string ToString() => "по отдельному плану";
}
