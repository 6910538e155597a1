using NodaTime;

namespace Mentorship.Domain.Calendar;

/// <summary>
/// The plainest working-day calendar: Monday to Friday are working days of 8 hours, Saturday and Sunday
/// are off, and there are no holidays. Knows every year. Use it where a production calendar does not apply
/// or is not wanted; <see cref="RussianProductionCalendar"/> is the one for Russian labour law.
/// </summary>
public sealed class WeekdayCalendar : WorkingDayCalendar
{
    private WeekdayCalendar()
    {
    }

    /// <summary>The single instance.</summary>
    public static WeekdayCalendar Instance { get; } = new();

    /// <inheritdoc />
    public override DayKind GetDayKind(LocalDate date) =>
        date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? DayKind.Weekend : DayKind.Working;

    /// <inheritdoc />
    public override string ToString() => "Monday–Friday";
}
