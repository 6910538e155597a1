using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// Gives a deliverable's year-less timing the year of its activity's dated period: inside «Апрель-август 2022»,
/// a deliverable's «(апрель)» is April 2022, not April of whatever year is asked for; inside «2023 – 2024 учебный
/// год», «(май)» is May 2024.
/// </summary>
internal static class TimingYearAnchor
{
    public static Timing Anchor(Timing own, Timing activityTiming)
    {
        if (DatedSpan(activityTiming) is not var (first, last))
        {
            return own;
        }

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
                return DeadlineTiming.Create(MonthNames.Clamped(year, deadline.Month, deadline.Day).Day, deadline.Month, year);
            }

            case DateTiming { Year: null } date:
            {
                var year = YearOf(date.Month, first, last);
                return DateTiming.Create(MonthNames.Clamped(year, date.Month, date.Day).Day, date.Month, year);
            }

            default:
                return own;
        }
    }

    /// <summary>The first and last month of a timing whose years are written, or null.</summary>
    private static (YearMonth First, YearMonth Last)? DatedSpan(Timing timing) => timing switch
    {
        MonthRangeTiming { StartYear: int s, EndYear: int e } r => (new YearMonth(s, r.StartMonth), new YearMonth(e, r.EndMonth)),
        YearSpanTiming y => (new YearMonth(y.FirstYear, 1), new YearMonth(y.LastYear, 12)),
        SchoolYearSpanTiming s => (new YearMonth(s.FirstYear, 9), new YearMonth(s.LastYear, 5)),
        QuarterTiming { Year: int y } q => (new YearMonth(y, (q.FirstQuarter * 3) - 2), new YearMonth(y, q.LastQuarter * 3)),
        DayRangeTiming { StartYear: int s, EndYear: int e } d => (new YearMonth(s, d.StartMonth), new YearMonth(e, d.EndMonth)),
        _ => null,
    };

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
