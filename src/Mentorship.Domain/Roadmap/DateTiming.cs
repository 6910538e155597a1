using System.Collections.Generic;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// One day, in words or digits: «15 декабря 2023 года», «01.02.2024», «15 декабря». Code <c>date</c>. Read for a
/// year, it gives a window of that one day (in the written year if there is one).
/// </summary>
public sealed class DateTiming : Timing
{
    private DateTiming(int day, int month, int? year)
    {
        Day = day;
        Month = month;
        Year = year;
    }

    /// <summary>The day of the month.</summary>
    public int Day { get; }

    /// <summary>The month, 1–12.</summary>
    public int Month { get; }

    /// <summary>The year when the phrase names one.</summary>
    public int? Year { get; }

    /// <inheritdoc />
    public override string Code => "date";

    /// <summary>Creates the timing.</summary>
    /// <param name="day">The day of the month; 29 February is allowed without a year (then 28 February in common years).</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="year">The year, if written (1900–9998).</param>
    /// <returns>The timing.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">The day does not exist in the month, or a value is out of range.</exception>
    public static DateTiming Create(int day, int month, int? year = null)
    {
        MonthNames.CheckDay(day, month, year);
        return new DateTiming(day, month, year);
    }

    /// <summary>The day when the roadmap is read for <paramref name="year"/>.</summary>
    /// <param name="year">The year asked for (1900–9998).</param>
    /// <returns>The date.</returns>
    public LocalDate DateIn(int year) => MonthNames.Clamped(Year ?? MonthNames.CheckYear(year), Month, Day);

    /// <inheritdoc />
    public override IReadOnlyList<DateInterval> WindowsFor(int year)
    {
        var date = DateIn(MonthNames.CheckYear(year));
        return [new DateInterval(date, date)];
    }

    /// <inheritdoc />
    public override string ToString() => MonthNames.Written(Day, Month, Year);
}
