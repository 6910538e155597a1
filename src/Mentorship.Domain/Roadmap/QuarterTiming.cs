using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// A calendar quarter or a run of quarters, with or without a year: «II квартал 2024 г.», «3 квартал», «I–II квартал».
/// Code <c>quarter</c>. Read for a year, it gives one window from the first day of the first quarter to the last day of
/// the last one, in the written year if there is one.
/// </summary>
public sealed class QuarterTiming : Timing
{
    private QuarterTiming(int firstQuarter, int lastQuarter, int? year)
    {
        FirstQuarter = firstQuarter;
        LastQuarter = lastQuarter;
        Year = year;
    }

    /// <summary>The first quarter, 1–4.</summary>
    public int FirstQuarter { get; }

    /// <summary>The last quarter, 1–4, not before <see cref="FirstQuarter"/>.</summary>
    public int LastQuarter { get; }

    /// <summary>The year when the phrase names one.</summary>
    public int? Year { get; }

    /// <inheritdoc />
    public override string Code => "quarter";

    /// <summary>Creates the timing.</summary>
    /// <param name="firstQuarter">The first quarter, 1–4.</param>
    /// <param name="lastQuarter">The last quarter, from <paramref name="firstQuarter"/> to 4.</param>
    /// <param name="year">The year, if written (1900–9998).</param>
    /// <returns>The timing.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A quarter or the year is out of range.</exception>
    public static QuarterTiming Create(int firstQuarter, int lastQuarter, int? year = null)
    {
        Guard.Against.OutOfRange(firstQuarter, nameof(firstQuarter), 1, 4);
        Guard.Against.OutOfRange(lastQuarter, nameof(lastQuarter), firstQuarter, 4);
        if (year is not null)
        {
            MonthNames.CheckYear(year.Value);
        }

        return new QuarterTiming(firstQuarter, lastQuarter, year);
    }

    /// <inheritdoc />
    public override IReadOnlyList<DateInterval> WindowsFor(int year)
    {
        MonthNames.CheckYear(year);
        var actual = Year ?? year;
        return [new DateInterval(MonthNames.First(actual, (FirstQuarter * 3) - 2), MonthNames.Last(actual, LastQuarter * 3))];
    }

    /// <inheritdoc />
    public override string ToString()
    {
        var quarters = FirstQuarter == LastQuarter
            ? $"{MonthNames.Roman(FirstQuarter)} квартал"
            : $"{MonthNames.Roman(FirstQuarter)} – {MonthNames.Roman(LastQuarter)} квартал";
        return Year is null ? quarters : $"{quarters} {Year.Value.ToString(CultureInfo.InvariantCulture)}";
    }
}
