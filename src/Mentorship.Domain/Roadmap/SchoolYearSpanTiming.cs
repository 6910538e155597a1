using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// A school year or a run of them, named by their years: «2023 – 2024 учебный год», «в течение 2023-2024 учебного
/// года», «2023/24 уч. год», «2023–2025 учебные годы». Code <c>school-years</c>. Whatever year is asked for, it gives
/// one window from 1 September of the first year to 31 May of the last (as <see cref="SchoolYearTiming"/>).
/// </summary>
public sealed class SchoolYearSpanTiming : Timing
{
    private SchoolYearSpanTiming(int firstYear, int lastYear)
    {
        FirstYear = firstYear;
        LastYear = lastYear;
    }

    /// <summary>The year the first school year starts in.</summary>
    public int FirstYear { get; }

    /// <summary>The year the last school year ends in, after <see cref="FirstYear"/>.</summary>
    public int LastYear { get; }

    /// <inheritdoc />
    public override string Code => "school-years";

    /// <summary>Creates the timing.</summary>
    /// <param name="firstYear">The year the first school year starts in (1900–9997).</param>
    /// <param name="lastYear">The year the last school year ends in, after <paramref name="firstYear"/> (to 9998).</param>
    /// <returns>The timing.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A year is out of range.</exception>
    public static SchoolYearSpanTiming Create(int firstYear, int lastYear)
    {
        Guard.Against.OutOfRange(firstYear, nameof(firstYear), MonthNames.MinYear, MonthNames.MaxYear - 1);
        Guard.Against.OutOfRange(lastYear, nameof(lastYear), firstYear + 1, MonthNames.MaxYear);
        return new SchoolYearSpanTiming(firstYear, lastYear);
    }

    /// <inheritdoc />
    public override IReadOnlyList<DateInterval> WindowsFor(int year)
    {
        MonthNames.CheckYear(year);
        return [new DateInterval(new LocalDate(FirstYear, 9, 1), new LocalDate(LastYear, 5, 31))];
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            LastYear == FirstYear + 1 ? "{0} – {1} учебный год" : "{0} – {1} учебные годы",
            FirstYear,
            LastYear);
}
