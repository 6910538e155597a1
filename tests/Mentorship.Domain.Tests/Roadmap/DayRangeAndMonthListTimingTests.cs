using Mentorship.Domain.Roadmap;
using NodaTime;

namespace Mentorship.Domain.Tests.Roadmap;

/// <summary>
/// <see cref="DayRangeTiming"/> and <see cref="MonthListTiming"/> built directly: the limits of their factories (each
/// bound on both sides), their windows over a year's end and in a non-leap year, and their text.
/// </summary>
public class DayRangeAndMonthListTimingTests
{
    private static string Windows(Timing timing, int year) =>
        string.Join(" ", timing.WindowsFor(year).Select(w => $"{w.Start:yyyy-MM-dd}..{w.End:yyyy-MM-dd}"));

    private static MonthRangeTiming Month(int month) => MonthRangeTiming.Create(month, month);

    private static MonthRangeTiming Months(int first, int last) => MonthRangeTiming.Create(first, last);

    private static MonthRangeTiming Dated(int year, int month) => MonthRangeTiming.Create(new YearMonth(year, month), new YearMonth(year, month));

    [Theory]
    [InlineData(0, 3, 14, 3, "startDay")]
    [InlineData(32, 3, 14, 3, "startDay")]
    [InlineData(31, 4, 14, 5, "startDay")]
    [InlineData(30, 2, 14, 3, "startDay")]
    [InlineData(1, 0, 14, 3, "startDay")]
    [InlineData(1, 13, 14, 3, "startDay")]
    [InlineData(10, 3, 0, 4, "endDay")]
    [InlineData(10, 3, 31, 4, "endDay")]
    [InlineData(10, 3, 30, 2, "endDay")]
    [InlineData(10, 3, 1, 0, "endDay")]
    [InlineData(10, 3, 1, 13, "endDay")]
    public void DayRange_DayOrMonthOutOfRange_IsRefusedNamingTheEnd(int startDay, int startMonth, int endDay, int endMonth, string parameter)
    {
        var create = () => DayRangeTiming.Create(startDay, startMonth, endDay, endMonth);

        create.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(parameter);
    }

    [Theory]
    [InlineData(1, 1, 31, 12)]
    [InlineData(31, 12, 1, 1)]
    [InlineData(29, 2, 1, 3)]
    [InlineData(1, 2, 29, 2)]
    [InlineData(30, 4, 31, 5)]
    public void DayRange_EveryDayOfTheCalendar_IsAccepted(int startDay, int startMonth, int endDay, int endMonth)
    {
        var range = DayRangeTiming.Create(startDay, startMonth, endDay, endMonth);

        (range.StartDay, range.StartMonth, range.EndDay, range.EndMonth, range.StartYear, range.EndYear)
            .Should().Be((startDay, startMonth, endDay, endMonth, (int?)null, (int?)null));
    }

    [Fact]
    public void DayRange_OneDay_IsRefused()
    {
        var create = () => DayRangeTiming.Create(10, 3, 10, 3);

        create.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("endDay");
    }

    [Theory]
    [InlineData(10, 3, 14, 3, 2026, "2026-03-10..2026-03-14")]
    [InlineData(14, 3, 10, 3, 2026, "2026-03-14..2027-03-10")]
    [InlineData(25, 12, 10, 1, 2026, "2026-12-25..2027-01-10")]
    [InlineData(10, 1, 25, 12, 2026, "2026-01-10..2026-12-25")]
    [InlineData(29, 2, 5, 3, 2027, "2027-02-28..2027-03-05")]
    [InlineData(29, 2, 5, 3, 2028, "2028-02-29..2028-03-05")]
    [InlineData(1, 2, 29, 2, 2027, "2027-02-01..2027-02-28")]
    [InlineData(20, 2, 29, 2, 2026, "2026-02-20..2026-02-28")]
    public void DayRange_WithoutYears_StartsInTheYearAskedAndWrapsWhenTheLastDayComesFirst(int startDay, int startMonth, int endDay, int endMonth, int year, string window)
    {
        Windows(DayRangeTiming.Create(startDay, startMonth, endDay, endMonth), year).Should().Be(window);
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(2026)]
    [InlineData(9998)]
    public void DayRange_WithYears_IsTheSameInEveryYear(int year)
    {
        var range = DayRangeTiming.Create(new LocalDate(2025, 12, 25), new LocalDate(2026, 1, 10));

        Windows(range, year).Should().Be("2025-12-25..2026-01-10");
        range.ToString().Should().Be("с 25 декабря 2025 по 10 января 2026");
        (range.StartYear, range.EndYear).Should().Be(((int?)2025, (int?)2026));
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(9999)]
    public void DayRange_YearOutsideTheCalendar_IsRefusedForWindows(int year)
    {
        var windows = () => DayRangeTiming.Create(10, 3, 14, 3).WindowsFor(year);

        windows.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("year");
    }

    [Fact]
    public void DayRange_Text_NamesBothMonths()
    {
        DayRangeTiming.Create(10, 3, 14, 3).ToString().Should().Be("с 10 марта по 14 марта");
        DayRangeTiming.Create(25, 12, 10, 1).ToString().Should().Be("с 25 декабря по 10 января");
    }

    [Theory]
    [InlineData(1900, 1, 1, 1900, 1, 2)]
    [InlineData(9998, 12, 30, 9998, 12, 31)]
    public void DayRange_WithYears_AtTheCalendarsEnds_IsAccepted(int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var range = DayRangeTiming.Create(new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2));

        Windows(range, 2026).Should().Be($"{new LocalDate(y1, m1, d1):yyyy-MM-dd}..{new LocalDate(y2, m2, d2):yyyy-MM-dd}");
    }

    [Fact]
    public void DayRange_WithYears_LastDayNotAfterTheFirst_IsRefused()
    {
        var day = new LocalDate(2026, 3, 10);

        FluentActions.Invoking(() => DayRangeTiming.Create(day, day)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("end");
        FluentActions.Invoking(() => DayRangeTiming.Create(day, day.PlusDays(-1))).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("end");
        FluentActions.Invoking(() => DayRangeTiming.Create(new LocalDate(9998, 12, 31), new LocalDate(9999, 1, 1))).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("end");
        FluentActions.Invoking(() => DayRangeTiming.Create(new LocalDate(1899, 12, 31), new LocalDate(1900, 1, 1))).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("start");
    }

    [Fact]
    public void MonthList_FewerThanTwoItems_IsRefused()
    {
        FluentActions.Invoking(() => MonthListTiming.Create([])).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("items");
        FluentActions.Invoking(() => MonthListTiming.Create([Month(3)])).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("items");
    }

    [Theory]
    [InlineData(new[] { 1, 1, 12, 12 }, true)]
    [InlineData(new[] { 11, 11, 2, 2 }, true)]
    [InlineData(new[] { 2, 2, 1, 1 }, true)]
    [InlineData(new[] { 3, 3, 3, 3 }, false)]
    [InlineData(new[] { 1, 3, 1, 1 }, false)]
    [InlineData(new[] { 1, 1, 12, 1 }, false)]
    [InlineData(new[] { 9, 10, 3, 4, 8, 8 }, true)]
    [InlineData(new[] { 9, 10, 3, 4, 9, 9 }, false)]
    [InlineData(new[] { 9, 10, 3, 4, 10, 10 }, false)]
    public void MonthList_Undated_IsOrderedWhenItSpansLessThanTwelveMonths(int[] months, bool ordered)
    {
        var items = Enumerable.Range(0, months.Length / 2).Select(k => Months(months[2 * k], months[(2 * k) + 1])).ToArray();

        MonthListTiming.IsOrdered(items).Should().Be(ordered);
        var create = () => MonthListTiming.Create(items);
        if (ordered)
        {
            create().Items.Should().Equal(items);
        }
        else
        {
            create.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("items");
        }
    }

    [Fact]
    public void MonthList_Dated_IsOrderedOnlyWhenEachItemComesAfterTheOneBefore()
    {
        MonthListTiming.IsOrdered([Dated(2025, 11), Dated(2026, 2)]).Should().BeTrue();
        MonthListTiming.IsOrdered([Dated(2025, 11), Dated(2025, 12)]).Should().BeTrue();
        MonthListTiming.IsOrdered([Dated(2025, 11), Dated(2025, 11)]).Should().BeFalse();
        MonthListTiming.IsOrdered([Dated(2026, 2), Dated(2025, 11)]).Should().BeFalse();
        MonthListTiming.IsOrdered([MonthRangeTiming.Create(new YearMonth(2025, 9), new YearMonth(2025, 12)), Dated(2025, 12)]).Should().BeFalse();
        MonthListTiming.IsOrdered([Dated(2025, 11), Month(12)]).Should().BeFalse();
        MonthListTiming.IsOrdered([Month(11), Dated(2025, 12)]).Should().BeFalse();
    }

    [Theory]
    [InlineData(2026, "2026-11-01..2026-11-30 2027-02-01..2027-02-28")]
    [InlineData(2027, "2027-11-01..2027-11-30 2028-02-01..2028-02-29")]
    public void MonthList_Undated_WrapsIntoTheNextYear(int year, string windows)
    {
        Windows(MonthListTiming.Create([Month(11), Month(2)]), year).Should().Be(windows);
    }

    [Fact]
    public void MonthList_UndatedRanges_FollowOneAnother()
    {
        var list = MonthListTiming.Create([Months(9, 10), Months(12, 1), Month(5)]);

        Windows(list, 2026).Should().Be("2026-09-01..2026-10-31 2026-12-01..2027-01-31 2027-05-01..2027-05-31");
        list.ToString().Should().Be("сентябрь – октябрь, декабрь – январь, май");
        list.Code.Should().Be("month-list");
    }

    [Fact]
    public void MonthList_Dated_IsTheSameInEveryYear()
    {
        var list = MonthListTiming.Create([Dated(2025, 11), Dated(2026, 2)]);

        Windows(list, 2030).Should().Be("2025-11-01..2025-11-30 2026-02-01..2026-02-28");
        Windows(list, 1900).Should().Be("2025-11-01..2025-11-30 2026-02-01..2026-02-28");
        FluentActions.Invoking(() => list.WindowsFor(9999)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MonthListTiming.Create([Month(11), Month(2)]).WindowsFor(1899)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
