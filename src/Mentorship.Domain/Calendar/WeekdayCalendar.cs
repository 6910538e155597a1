using NodaTime;

namespace Mentorship.Domain.Calendar;

/// <summary>
/// The plainest working-day calendar: Monday to Friday are working days of 8 hours, Saturday and Sunday
/// are off, and there are no holidays. Knows every year. Use it where a production calendar does not apply
/// or is not wanted; <see cref="RussianProductionCalendar"/> is the one for Russian labour law.
/// </summary>
public sealed class WeekdayCalendar : IWorkingDayCalendar
{
    private WeekdayCalendar()
    {
    }

    /// <summary>The single instance.</summary>
    public static WeekdayCalendar Instance { get; } = new();

    /// <inheritdoc />
    public DayKind GetDayKind(LocalDate date) =>
        date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? DayKind.Weekend : DayKind.Working;

    /// <inheritdoc />
    public bool IsWorkingDay(LocalDate date) => WorkingDayArithmetic.IsWorking(GetDayKind(date));

    /// <inheritdoc />
    public int GetWorkingHours(LocalDate date) => WorkingDayArithmetic.HoursOf(GetDayKind(date));

    /// <inheritdoc />
    public LocalDate AddWorkingDays(LocalDate date, int count) => WorkingDayArithmetic.AddWorkingDays(this, date, count);

    /// <inheritdoc />
    public int CountWorkingDays(DateInterval interval) => WorkingDayArithmetic.CountWorkingDays(this, interval);

    /// <inheritdoc />
    public int CountWorkingHours(DateInterval interval) => WorkingDayArithmetic.CountWorkingHours(this, interval);

    /// <inheritdoc />
    public LocalDate NextWorkingDayOnOrAfter(LocalDate date) => WorkingDayArithmetic.NextOnOrAfter(this, date);

    /// <inheritdoc />
    public LocalDate PreviousWorkingDayOnOrBefore(LocalDate date) => WorkingDayArithmetic.PreviousOnOrBefore(this, date);

    /// <inheritdoc />
    public LocalDate EarliestEndOfNotice(LocalDate noticeGiven, int workingDays) =>
        WorkingDayArithmetic.EarliestEndOfNotice(this, noticeGiven, workingDays);

    /// <inheritdoc />
    public override string ToString() => "Monday–Friday";
}
