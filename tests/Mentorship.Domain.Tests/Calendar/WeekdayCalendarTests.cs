using Mentorship.Domain.Calendar;
using NodaTime;

namespace Mentorship.Domain.Tests.Calendar;

public class WeekdayCalendarTests
{
    private static readonly WeekdayCalendar Calendar = WeekdayCalendar.Instance;

    [Fact]
    public void GetDayKind_HolidayOnWeekday_IsStillWorking()
    {
        Calendar.GetDayKind(new LocalDate(2025, 1, 1)).Should().Be(DayKind.Working);
        Calendar.GetDayKind(new LocalDate(2025, 1, 4)).Should().Be(DayKind.Weekend);
    }

    [Fact]
    public void AddWorkingDays_FromFriday_SkipsTheWeekend()
    {
        Calendar.AddWorkingDays(new LocalDate(2025, 6, 6), 1).Should().Be(new LocalDate(2025, 6, 9));
    }

    [Fact]
    public void CountWorkingDays_Year2025_Is261()
    {
        Calendar.CountWorkingDays(new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31))).Should().Be(261);
    }

    [Fact]
    public void EarliestEndOfNotice_GivenOnFriday_EndsOnWednesday()
    {
        Calendar.EarliestEndOfNotice(new LocalDate(2025, 6, 6), 3).Should().Be(new LocalDate(2025, 6, 11));
    }

    [Fact]
    public void ToString_NamesTheWorkingWeek() => Calendar.ToString().Should().Be("Monday–Friday");
}
