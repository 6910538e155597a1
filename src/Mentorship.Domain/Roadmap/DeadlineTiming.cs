using System.Collections.Generic;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// A deadline: «до 15 сентября», «до 15 сентября 2025 г.», «до 15.09.2025». Code <c>deadline</c>. Read for a
/// year, it gives one window of one day, the deadline itself (in the written year if there is one); the work
/// may start any time before it.
/// </summary>
public sealed class DeadlineTiming : Timing
{
    private DeadlineTiming(int day, int month, int? year)
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
    public override string Code => "deadline";

    /// <summary>Creates a deadline.</summary>
    /// <param name="day">The day of the month; 29 February is allowed without a year (then 28 February in other years).</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="year">The year, if written (1900–9998).</param>
    /// <returns>The timing.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">The day does not exist in the month, or a value is out of range.</exception>
    public static DeadlineTiming Create(int day, int month, int? year = null)
    {
        MonthNames.CheckDay(day, month, year);
        return new DeadlineTiming(day, month, year);
    }

    /// <summary>The deadline when the roadmap is read for <paramref name="year"/>.</summary>
    /// <param name="year">The year asked for.</param>
    /// <returns>The date.</returns>
    public LocalDate DateIn(int year) => MonthNames.Clamped(Year ?? MonthNames.CheckYear(year), Month, Day);

    /// <inheritdoc />
    public override IReadOnlyList<DateInterval> WindowsFor(int year)
    {
        var date = DateIn(MonthNames.CheckYear(year));
        return [new DateInterval(date, date)];
    }

    /// <inheritdoc />
    public override string ToString() => "до " + MonthNames.Written(Day, Month, Year);
}
