using System.Collections.Generic;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// A window of months repeated every year: «Ежегодно апрель - сентябрь». Code <c>annual-window</c>. Read for a
/// year, it gives that year's window (ending in the next year when the end month comes before the start month).
/// </summary>
public sealed class AnnualWindowTiming : Timing
{
    private AnnualWindowTiming(int startMonth, int endMonth)
    {
        StartMonth = startMonth;
        EndMonth = endMonth;
    }

    /// <summary>The first month, 1–12.</summary>
    public int StartMonth { get; }

    /// <summary>The last month, 1–12.</summary>
    public int EndMonth { get; }

    /// <inheritdoc />
    public override string Code => "annual-window";

    /// <summary>Creates the window.</summary>
    /// <param name="startMonth">The first month, 1–12.</param>
    /// <param name="endMonth">The last month, 1–12.</param>
    /// <returns>The timing.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">A month is out of range.</exception>
    public static AnnualWindowTiming Create(int startMonth, int endMonth) =>
        new(MonthNames.CheckMonth(startMonth, nameof(startMonth)), MonthNames.CheckMonth(endMonth, nameof(endMonth)));

    /// <inheritdoc />
    public override IReadOnlyList<DateInterval> WindowsFor(int year)
    {
        MonthNames.CheckYear(year);
        var endYear = EndMonth < StartMonth ? year + 1 : year;
        return [new DateInterval(MonthNames.First(year, StartMonth), MonthNames.Last(endYear, EndMonth))];
    }

    /// <inheritdoc />
    public override string ToString() =>
        StartMonth == EndMonth
            ? $"ежегодно {MonthNames.NameOf(StartMonth)}"
            : $"ежегодно {MonthNames.NameOf(StartMonth)} – {MonthNames.NameOf(EndMonth)}";
}
