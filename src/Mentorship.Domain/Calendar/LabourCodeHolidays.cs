using System.Collections.Generic;
using NodaTime;

namespace Mentorship.Domain.Calendar;

/// <summary>
/// The non-working public holidays of Labour Code art. 112 part 1 (нерабочие праздничные дни), 14 a year:
/// 1–6 and 8 January (New Year holidays), 7 January (Christmas), 23 February, 8 March, 1 May, 9 May,
/// 12 June and 4 November. 31 December is not among them: it is a day off only in years whose decree moves
/// a day to it.
/// </summary>
public static class LabourCodeHolidays
{
    private static readonly (int Month, int Day)[] Days =
    [
        (1, 1), (1, 2), (1, 3), (1, 4), (1, 5), (1, 6), (1, 7), (1, 8),
        (2, 23), (3, 8), (5, 1), (5, 9), (6, 12), (11, 4),
    ];

    /// <summary>Whether <paramref name="date"/> is an art. 112 holiday, whatever weekday it falls on.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> for a holiday.</returns>
    public static bool IsHoliday(LocalDate date)
    {
        foreach (var (month, day) in Days)
        {
            if (date.Month == month && date.Day == day)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="date"/> is one of the New Year holidays 1–8 January, whose weekend days the decree moves (art. 112 part 2).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> for 1–8 January.</returns>
    public static bool IsNewYearHoliday(LocalDate date) => date.Month == 1 && date.Day <= 8;

    /// <summary>The 14 holidays of <paramref name="year"/>, in date order.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The holidays.</returns>
    public static IReadOnlyList<LocalDate> InYear(int year)
    {
        var result = new List<LocalDate>(Days.Length);
        foreach (var (month, day) in Days)
        {
            result.Add(new LocalDate(year, month, day));
        }

        return result;
    }
}
