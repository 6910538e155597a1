using System.Collections.Generic;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>Through the year: «В течение года». Read for a year, it covers the whole of that year (1 January to 31 December). Code <c>through-year</c>.</summary>
public sealed class ThroughYearTiming : Timing
{
    private ThroughYearTiming()
    {
    }

    /// <summary>The single instance.</summary>
    public static ThroughYearTiming Instance { get; } = new();

    /// <inheritdoc />
    public override string Code => "through-year";

    /// <inheritdoc />
    public override IReadOnlyList<DateInterval> WindowsFor(int year)
    {
        MonthNames.CheckYear(year);
        return [new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31))];
    }

    /// <inheritdoc />
    public override string ToString() => "в течение года";
}
