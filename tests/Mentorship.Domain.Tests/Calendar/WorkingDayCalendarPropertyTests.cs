using CsCheck;
using Mentorship.Domain.Calendar;
using NodaTime;

namespace Mentorship.Domain.Tests.Calendar;

/// <summary>The arithmetic's invariants, for both calendars, over dates well inside the built-in years.</summary>
public class WorkingDayCalendarPropertyTests
{
    private static readonly LocalDate First = new(2024, 1, 1);

    // Dates up to the end of September 2027, so that 60 working days never leave 2027.
    private static readonly Gen<LocalDate> Dates = Gen.Int[0, 1368].Select(i => First.PlusDays(i));

    public static TheoryData<string> Calendars => new() { "russian", "weekday" };

    private static IWorkingDayCalendar Get(string name) =>
        name == "russian" ? RussianProductionCalendar.Default : WeekdayCalendar.Instance;

    [Theory]
    [MemberData(nameof(Calendars))]
    public void AddWorkingDays_Positive_LandsOnAWorkingDayCountingExactlyN(string name)
    {
        var calendar = Get(name);
        Gen.Select(Dates, Gen.Int[1, 60]).Sample((date, n) =>
        {
            var result = calendar.AddWorkingDays(date, n);
            calendar.IsWorkingDay(result).Should().BeTrue();
            calendar.CountWorkingDays(new DateInterval(date.PlusDays(1), result)).Should().Be(n);
        });
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void AddWorkingDays_InTwoSteps_EqualsInOne(string name)
    {
        var calendar = Get(name);
        Gen.Select(Dates, Gen.Int[0, 30], Gen.Int[0, 30]).Sample((date, a, b) =>
            calendar.AddWorkingDays(calendar.AddWorkingDays(date, a), b).Should().Be(calendar.AddWorkingDays(date, a + b)));
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void CountWorkingDays_SplitInterval_AddsUp(string name)
    {
        var calendar = Get(name);
        Gen.Select(Dates, Gen.Int[0, 40], Gen.Int[1, 40]).Sample((start, left, right) =>
        {
            var middle = start.PlusDays(left);
            var end = middle.PlusDays(right);
            var whole = calendar.CountWorkingDays(new DateInterval(start, end));
            whole.Should().Be(
                calendar.CountWorkingDays(new DateInterval(start, middle))
                + calendar.CountWorkingDays(new DateInterval(middle.PlusDays(1), end)));
        });
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void NextWorkingDayOnOrAfter_IsTheFirstWorkingDay(string name)
    {
        var calendar = Get(name);
        Dates.Sample(date =>
        {
            var next = calendar.NextWorkingDayOnOrAfter(date);
            calendar.IsWorkingDay(next).Should().BeTrue();
            if (next > date)
            {
                calendar.CountWorkingDays(new DateInterval(date, next.PlusDays(-1))).Should().Be(0);
            }

            calendar.PreviousWorkingDayOnOrBefore(next).Should().Be(next);
        });
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void EarliestEndOfNotice_GivesExactlyNWorkingDaysAndNoEarlierDateDoes(string name)
    {
        var calendar = Get(name);
        Gen.Select(Dates, Gen.Int[1, 10]).Sample((given, n) =>
        {
            var end = calendar.EarliestEndOfNotice(given, n);
            calendar.CountWorkingDays(new DateInterval(given.PlusDays(1), end)).Should().Be(n);
            if (end.PlusDays(-1) > given)
            {
                calendar.CountWorkingDays(new DateInterval(given.PlusDays(1), end.PlusDays(-1))).Should().BeLessThan(n);
            }
        });
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void CountWorkingHours_Is8PerDayLessOnePerShortenedDay(string name)
    {
        var calendar = Get(name);
        Gen.Select(Dates, Gen.Int[0, 60]).Sample((start, length) =>
        {
            var interval = new DateInterval(start, start.PlusDays(length));
            var shortened = interval.Count(d => calendar.GetDayKind(d) == DayKind.ShortenedWorking);
            calendar.CountWorkingHours(interval).Should().Be((8 * calendar.CountWorkingDays(interval)) - shortened);
        });
    }
}
