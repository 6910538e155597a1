using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// A calendar year or a run of them: «2024 год», «2023-2025 гг.», «2023–2025 годы», «в течение 2024 года». Code
/// <c>years</c>. Whatever year is asked for, it gives one window from 1 January of the first year to 31 December of
/// the last.
/// </summary>
public sealed class YearSpanTiming : Timing
{
    private YearSpanTiming(int firstYear, int lastYear)
    {
        FirstYear = firstYear;
        LastYear = lastYear;
    }

    /// <summary>The first year.</summary>
    public int FirstYear { get; }

    /// <summary>The last year, not before <see cref="FirstYear"/>.</summary>
    public int LastYear { get; }

    /// <inheritdoc />
    public override string Code => "years";

    /// <summary>Creates the timing.</summary>
    /// <param name="firstYear">The first year (1900–9998).</param>
    /// <param name="lastYear">The last year, from <paramref name="firstYear"/> to 9998.</param>
    /// <returns>The timing.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A year is out of range.</exception>
    public static YearSpanTiming Create(int firstYear, int lastYear)
    {
        MonthNames.CheckYear(firstYear);
        Guard.Against.OutOfRange(lastYear, nameof(lastYear), firstYear, MonthNames.MaxYear);
        return new YearSpanTiming(firstYear, lastYear);
    }

    /// <inheritdoc />
    public override IReadOnlyList<DateInterval> WindowsFor(int year)
    {
        MonthNames.CheckYear(year);
        return [new DateInterval(new LocalDate(FirstYear, 1, 1), new LocalDate(LastYear, 12, 31))];
    }

    /// <inheritdoc />
    public override string ToString() =>
        FirstYear == LastYear
            ? $"{FirstYear.ToString(CultureInfo.InvariantCulture)} год"
            : $"{FirstYear.ToString(CultureInfo.InvariantCulture)} – {LastYear.ToString(CultureInfo.InvariantCulture)} годы";
}
