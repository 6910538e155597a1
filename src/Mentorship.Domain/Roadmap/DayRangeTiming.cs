using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// A run of days: «с 10 по 14 марта», «С 25 мая по 5 июня», «с 01.02.2024 по 07.02.2024». Code <c>day-range</c>.
/// Read for a year, it gives one window from the first day to the last, both included.
/// </summary>
/// <remarks>
/// Without years the range starts in the year asked for and ends in the next year when its last day comes before
/// its first («с 25 декабря по 10 января»); with years, the years written win. <see cref="RussianTimingParser"/>
/// refuses a range that names one month for both days with the first after the last («с 14 по 10 марта»): a slip of
/// the pen, not a year less four days; written with both months («с 14 марта по 10 марта») it is read as such a year.
/// </remarks>
public sealed class DayRangeTiming : Timing
{
    private DayRangeTiming(int startDay, int startMonth, int endDay, int endMonth, int? startYear, int? endYear)
    {
        StartDay = startDay;
        StartMonth = startMonth;
        EndDay = endDay;
        EndMonth = endMonth;
        StartYear = startYear;
        EndYear = endYear;
    }

    /// <summary>The first day's day of the month.</summary>
    public int StartDay { get; }

    /// <summary>The first day's month, 1–12.</summary>
    public int StartMonth { get; }

    /// <summary>The last day's day of the month.</summary>
    public int EndDay { get; }

    /// <summary>The last day's month, 1–12.</summary>
    public int EndMonth { get; }

    /// <summary>The first day's year when the phrase names one; null otherwise (then <see cref="EndYear"/> is null too).</summary>
    public int? StartYear { get; }

    /// <summary>The last day's year when the phrase names one; null otherwise.</summary>
    public int? EndYear { get; }

    /// <inheritdoc />
    public override string Code => "day-range";

    /// <summary>A range of days without years.</summary>
    /// <param name="startDay">The first day's day of the month (29 February allowed).</param>
    /// <param name="startMonth">The first day's month.</param>
    /// <param name="endDay">The last day's day of the month (29 February allowed).</param>
    /// <param name="endMonth">The last day's month; a last day before the first means the next year.</param>
    /// <returns>The timing.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A day or month is out of range.</exception>
    /// <exception cref="System.ArgumentException">The first and last day are the same day.</exception>
    public static DayRangeTiming Create(int startDay, int startMonth, int endDay, int endMonth)
    {
        CheckDay(startDay, startMonth, 2000, nameof(startDay));
        CheckDay(endDay, endMonth, 2000, nameof(endDay));
        if (startDay == endDay && startMonth == endMonth)
        {
            throw new System.ArgumentException("A range of days has two different days; one day is a DateTiming.", nameof(endDay));
        }

        return new DayRangeTiming(startDay, startMonth, endDay, endMonth, null, null);
    }

    /// <summary>A range of days with their years.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, after <paramref name="start"/>.</param>
    /// <returns>The timing.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A year is outside 1900–9998.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public static DayRangeTiming Create(LocalDate start, LocalDate end)
    {
        Guard.Against.OutOfRange(start.Year, nameof(start), MonthNames.MinYear, MonthNames.MaxYear);
        Guard.Against.OutOfRange(end.Year, nameof(end), MonthNames.MinYear, MonthNames.MaxYear);
        if (end <= start)
        {
            throw new System.ArgumentException("The last day comes after the first.", nameof(end));
        }

        return new DayRangeTiming(start.Day, start.Month, end.Day, end.Month, start.Year, end.Year);
    }

    /// <inheritdoc />
    public override IReadOnlyList<DateInterval> WindowsFor(int year)
    {
        MonthNames.CheckYear(year);
        var startYear = StartYear ?? year;
        var endYear = EndYear ?? (EndMonth < StartMonth || (EndMonth == StartMonth && EndDay < StartDay) ? year + 1 : year);
        return [new DateInterval(MonthNames.Clamped(startYear, StartMonth, StartDay), MonthNames.Clamped(endYear, EndMonth, EndDay))];
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"с {Part(StartDay, StartMonth, StartYear)} по {Part(EndDay, EndMonth, EndYear)}";

    private static void CheckDay(int day, int month, int year, string parameterName)
    {
        MonthNames.CheckMonth(month, parameterName);
        Guard.Against.OutOfRange(day, parameterName, 1, CalendarSystem.Iso.GetDaysInMonth(year, month));
    }

    private static string Part(int day, int month, int? year)
    {
        var text = $"{day.ToString(CultureInfo.InvariantCulture)} {MonthNames.GenitiveOf(month)}";
        return year is null ? text : $"{text} {year.Value.ToString(CultureInfo.InvariantCulture)}";
    }
}
