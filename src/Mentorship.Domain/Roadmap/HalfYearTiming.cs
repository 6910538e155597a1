using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// A half-year: «I полугодие», «2 полугодие 2024 г.», «второе полугодие», «I полугодие 2023-2024 учебного года».
/// Code <c>half-year</c>. Which months a half covers depends on its <see cref="Basis"/>: the school year's halves
/// (September–December, January–May; the default) or the calendar year's (January–June, July–December).
/// </summary>
/// <remarks>
/// Without a year, a school half is read for the school year that starts in the year asked for: for 2026 the first
/// half is September–December 2026 and the second January–May 2027 (as <see cref="SchoolYearTiming"/>); a calendar
/// half lies in the year asked for. With a year, <see cref="Year"/> is the calendar year the half lies in: «II
/// полугодие 2023-2024 учебного года» is January–May 2024.
/// </remarks>
public sealed class HalfYearTiming : Timing
{
    private HalfYearTiming(int firstHalf, int lastHalf, int? year, HalfYearBasis basis)
    {
        FirstHalf = firstHalf;
        LastHalf = lastHalf;
        Year = year;
        Basis = basis;
    }

    /// <summary>The first half, 1 or 2.</summary>
    public int FirstHalf { get; }

    /// <summary>The last half, 1 or 2, not before <see cref="FirstHalf"/> («I–II полугодие» is both).</summary>
    public int LastHalf { get; }

    /// <summary>The calendar year of the first half when the phrase names one (the second of a school year's halves lies in the next year).</summary>
    public int? Year { get; }

    /// <summary>Whether the halves are the school year's or the calendar year's.</summary>
    public HalfYearBasis Basis { get; }

    /// <inheritdoc />
    public override string Code => "half-year";

    /// <summary>Creates the timing.</summary>
    /// <param name="firstHalf">The first half, 1 or 2.</param>
    /// <param name="lastHalf">The last half, from <paramref name="firstHalf"/> to 2.</param>
    /// <param name="year">The calendar year the first half lies in, if written (1900–9998).</param>
    /// <param name="basis">The school year's halves or the calendar year's.</param>
    /// <returns>The timing.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A half, the year or the basis is out of range.</exception>
    public static HalfYearTiming Create(int firstHalf, int lastHalf, int? year, HalfYearBasis basis)
    {
        Guard.Against.OutOfRange(firstHalf, nameof(firstHalf), 1, 2);
        Guard.Against.OutOfRange(lastHalf, nameof(lastHalf), firstHalf, 2);
        Guard.Against.EnumOutOfRange(basis);
        if (year is not null)
        {
            MonthNames.CheckYear(year.Value);
        }

        return new HalfYearTiming(firstHalf, lastHalf, year, basis);
    }

    /// <inheritdoc />
    public override IReadOnlyList<DateInterval> WindowsFor(int year)
    {
        MonthNames.CheckYear(year);
        if (Basis == HalfYearBasis.CalendarYear)
        {
            var actual = Year ?? year;
            return [new DateInterval(MonthNames.First(actual, FirstHalf == 1 ? 1 : 7), MonthNames.Last(actual, LastHalf == 1 ? 6 : 12))];
        }

        // The school year that holds the first half starts in September of schoolYear.
        var schoolYear = Year is int written ? (FirstHalf == 1 ? written : written - 1) : year;
        var start = FirstHalf == 1 ? MonthNames.First(schoolYear, 9) : MonthNames.First(schoolYear + 1, 1);
        var end = LastHalf == 1 ? MonthNames.Last(schoolYear, 12) : MonthNames.Last(schoolYear + 1, 5);
        return [new DateInterval(start, end)];
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var halves = FirstHalf == LastHalf
            ? $"{MonthNames.Roman(FirstHalf)} полугодие"
            : $"{MonthNames.Roman(FirstHalf)} – {MonthNames.Roman(LastHalf)} полугодие";
        return Year is null ? halves : $"{halves} {Year.Value.ToString(CultureInfo.InvariantCulture)}";
    }
}
