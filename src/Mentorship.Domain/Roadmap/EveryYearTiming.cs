using System.Collections.Generic;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>Every year, with no months named: «Ежегодно». Read for a year, it covers the whole of that year. Code <c>every-year</c>.</summary>
public sealed class EveryYearTiming : Timing
{
    private EveryYearTiming()
    {
    }

    /// <summary>The single instance.</summary>
    public static EveryYearTiming Instance { get; } = new();

    /// <inheritdoc />
    public override string Code => "every-year";

    /// <inheritdoc />
    public override IReadOnlyList<DateInterval> WindowsFor(int year)
    {
        MonthNames.CheckYear(year);
        return [new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31))];
    }

    /// <inheritdoc />
    public override string ToString() => "ежегодно";
}
