using System.Collections.Generic;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>Every month: «ежемесячно». Read for a year, it gives the year's twelve months, in order. Code <c>monthly</c>.</summary>
public sealed class MonthlyTiming : Timing
{
    private MonthlyTiming()
    {
    }

    /// <summary>The single instance.</summary>
    public static MonthlyTiming Instance { get; } = new();

    /// <inheritdoc />
    public override string Code => "monthly";

    /// <inheritdoc />
    public override IReadOnlyList<DateInterval> WindowsFor(int year)
    {
        MonthNames.CheckYear(year);
        var windows = new List<DateInterval>(12);
        for (var month = 1; month <= 12; month++)
        {
            windows.Add(new DateInterval(MonthNames.First(year, month), MonthNames.Last(year, month)));
        }

        return windows;
    }

    /// <inheritdoc />
    public override string ToString() => "ежемесячно";
}
