using System.Collections.Generic;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>Through the school year: «в течение учебного года». Read for a year, it covers the school year that starts in it: 1 September to 31 May of the next year. Code <c>school-year</c>.</summary>
public sealed class SchoolYearTiming : Timing
{
    private SchoolYearTiming()
    {
    }

    /// <summary>The single instance.</summary>
    public static SchoolYearTiming Instance { get; } = new();

    /// <inheritdoc />
    public override string Code => "school-year";

    /// <inheritdoc />
    public override IReadOnlyList<DateInterval> WindowsFor(int year)
    {
        MonthNames.CheckYear(year);
        return [new DateInterval(new LocalDate(year, 9, 1), new LocalDate(year + 1, 5, 31))];
    }

    /// <inheritdoc />
    public override string ToString() => "в течение учебного года";
}
