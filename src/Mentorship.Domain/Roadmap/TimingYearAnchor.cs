using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// Gives a deliverable's year-less timing the year of its activity's dated range: inside «Апрель-август 2022»,
/// a deliverable's «(апрель)» is April 2022, not April of whatever year is asked for.
/// </summary>
internal static class TimingYearAnchor
{
    public static Timing Anchor(Timing own, Timing activityTiming)
    {
        if (activityTiming is not MonthRangeTiming { StartYear: int startYear, EndYear: int endYear } range)
        {
            return own;
        }

        var first = new YearMonth(startYear, range.StartMonth);
        var last = new YearMonth(endYear, range.EndMonth);
        switch (own)
        {
            case MonthRangeTiming { StartYear: null } months:
            {
                var year = YearOf(months.StartMonth, first, last);
                var end = new YearMonth(months.EndMonth < months.StartMonth ? year + 1 : year, months.EndMonth);
                return year > MonthNames.MaxYear || end.Year > MonthNames.MaxYear
                    ? own
                    : MonthRangeTiming.Create(new YearMonth(year, months.StartMonth), end);
            }

            case DeadlineTiming { Year: null } deadline:
            {
                var year = YearOf(deadline.Month, first, last);
                var day = System.Math.Min(deadline.Day, CalendarSystem.Iso.GetDaysInMonth(year, deadline.Month));
                return DeadlineTiming.Create(day, deadline.Month, year);
            }

            default:
                return own;
        }
    }

    /// <summary>The first year of the range in which the month falls inside the range; else the range's first year.</summary>
    private static int YearOf(int month, YearMonth first, YearMonth last)
    {
        for (var year = first.Year; year <= last.Year; year++)
        {
            var candidate = new YearMonth(year, month);
            if (candidate.CompareTo(first) >= 0 && candidate.CompareTo(last) <= 0)
            {
                return year;
            }
        }

        return first.Year;
    }
}
