using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// A month or a range of months, with or without years: «сентябрь», «Февраль 2022», «Апрель-август 2022»,
/// «октябрь – май», «сентябрь 2022 г. - май 2024 г.». Code <c>month</c> for a single month, otherwise
/// <c>month-range</c>.
/// </summary>
/// <remarks>
/// Without years the range is read in the year asked for, and ends in the next year when its end month comes
/// before its start month. With years, the years written win over the year asked for.
/// </remarks>
public sealed class MonthRangeTiming : Timing
{
    private MonthRangeTiming(int startMonth, int endMonth, int? startYear, int? endYear)
    {
        StartMonth = startMonth;
        EndMonth = endMonth;
        StartYear = startYear;
        EndYear = endYear;
    }

    /// <summary>The first month, 1–12.</summary>
    public int StartMonth { get; }

    /// <summary>The last month, 1–12.</summary>
    public int EndMonth { get; }

    /// <summary>The year of the first month when the phrase names one; null otherwise (then <see cref="EndYear"/> is null too).</summary>
    public int? StartYear { get; }

    /// <summary>The year of the last month when the phrase names one; null otherwise.</summary>
    public int? EndYear { get; }

    /// <summary>Whether the timing is one month.</summary>
    public bool IsSingleMonth => StartMonth == EndMonth && StartYear == EndYear;

    /// <inheritdoc />
    public override string Code => IsSingleMonth ? "month" : "month-range";

    /// <summary>A range of months without years (a single month when both are equal).</summary>
    /// <param name="startMonth">The first month, 1–12.</param>
    /// <param name="endMonth">The last month, 1–12; before <paramref name="startMonth"/> means the next year.</param>
    /// <returns>The timing.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A month is out of range.</exception>
    public static MonthRangeTiming Create(int startMonth, int endMonth) =>
        new(MonthNames.CheckMonth(startMonth, nameof(startMonth)), MonthNames.CheckMonth(endMonth, nameof(endMonth)), null, null);

    /// <summary>A range of months with their years.</summary>
    /// <param name="start">The first month.</param>
    /// <param name="end">The last month, not before <paramref name="start"/>.</param>
    /// <returns>The timing.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A year is outside 1900–9998.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="end"/> comes before <paramref name="start"/>.</exception>
    public static MonthRangeTiming Create(YearMonth start, YearMonth end)
    {
        Guard.Against.OutOfRange(start.Year, nameof(start), MonthNames.MinYear, MonthNames.MaxYear);
        Guard.Against.OutOfRange(end.Year, nameof(end), MonthNames.MinYear, MonthNames.MaxYear);
        if (end.CompareTo(start) < 0)
        {
            throw new System.ArgumentException("The last month comes before the first.", nameof(end));
        }

        return new(start.Month, end.Month, start.Year, end.Year);
    }

    /// <inheritdoc />
    public override IReadOnlyList<DateInterval> WindowsFor(int year)
    {
        MonthNames.CheckYear(year);
        var startYear = StartYear ?? year;
        var endYear = EndYear ?? (EndMonth < StartMonth ? year + 1 : year);
        return [new DateInterval(MonthNames.First(startYear, StartMonth), MonthNames.Last(endYear, EndMonth))];
    }

    /// <inheritdoc />
    public override string ToString()
    {
        if (IsSingleMonth)
        {
            return Part(StartMonth, StartYear);
        }

        if (StartYear is null)
        {
            return $"{MonthNames.NameOf(StartMonth)} – {MonthNames.NameOf(EndMonth)}";
        }

        return $"{Part(StartMonth, StartYear)} – {Part(EndMonth, EndYear)}";
    }

    private static string Part(int month, int? year) =>
        year is null ? MonthNames.NameOf(month) : $"{MonthNames.NameOf(month)} {year.Value.ToString(CultureInfo.InvariantCulture)}";
}
