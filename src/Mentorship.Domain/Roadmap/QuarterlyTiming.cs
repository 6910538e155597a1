using System.Collections.Generic;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>Every quarter: «ежеквартально». Read for a year, it gives the year's four quarters, in order. Code <c>quarterly</c>.</summary>
public sealed class QuarterlyTiming : Timing
{
    private QuarterlyTiming()
    {
    }

    /// <summary>The single instance.</summary>
    public static QuarterlyTiming Instance { get; } = new();

    /// <inheritdoc />
    public override string Code => "quarterly";

    /// <inheritdoc />
    public override IReadOnlyList<DateInterval> WindowsFor(int year)
    {
        MonthNames.CheckYear(year);
        return
        [
            new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 3, 31)),
            new DateInterval(new LocalDate(year, 4, 1), new LocalDate(year, 6, 30)),
            new DateInterval(new LocalDate(year, 7, 1), new LocalDate(year, 9, 30)),
            new DateInterval(new LocalDate(year, 10, 1), new LocalDate(year, 12, 31)),
        ];
    }

    /// <inheritdoc />
    public override string ToString() => "ежеквартально";
}
