using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Calendar;

/// <summary>
/// Base of the calendars: everything of <see cref="IWorkingDayCalendar"/> written once over
/// <see cref="GetDayKind"/>. A host that needs another calendar (a six-day week, a regional holiday)
/// derives from it and says only what kind each day is.
/// </summary>
/// <remarks>Derived calendars should be immutable, which makes them thread-safe.</remarks>
public abstract class WorkingDayCalendar : IWorkingDayCalendar
{
    /// <inheritdoc />
    public abstract DayKind GetDayKind(LocalDate date);

    /// <inheritdoc />
    public bool IsWorkingDay(LocalDate date) => WorkingDayArithmetic.IsWorking(GetDayKind(date));

    /// <inheritdoc />
    public int GetWorkingHours(LocalDate date) => WorkingDayArithmetic.HoursOf(GetDayKind(date));

    /// <inheritdoc />
    public LocalDate AddWorkingDays(LocalDate date, int count)
    {
        Guard.Against.OutOfRange(count, nameof(count), 0, int.MaxValue);
        var current = date;
        var left = count;
        while (left > 0)
        {
            current = current.PlusDays(1);
            if (IsWorkingDay(current))
            {
                left--;
            }
        }

        return current;
    }

    /// <inheritdoc />
    public int CountWorkingDays(DateInterval interval)
    {
        Guard.Against.Null(interval);
        var count = 0;
        for (var day = interval.Start; day <= interval.End; day = day.PlusDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <inheritdoc />
    public int CountWorkingHours(DateInterval interval)
    {
        Guard.Against.Null(interval);
        var hours = 0;
        for (var day = interval.Start; day <= interval.End; day = day.PlusDays(1))
        {
            hours += GetWorkingHours(day);
        }

        return hours;
    }

    /// <inheritdoc />
    public LocalDate NextWorkingDayOnOrAfter(LocalDate date)
    {
        var day = date;
        while (!IsWorkingDay(day))
        {
            day = day.PlusDays(1);
        }

        return day;
    }

    /// <inheritdoc />
    public LocalDate PreviousWorkingDayOnOrBefore(LocalDate date)
    {
        var day = date;
        while (!IsWorkingDay(day))
        {
            day = day.PlusDays(-1);
        }

        return day;
    }

    /// <inheritdoc />
    public LocalDate EarliestEndOfNotice(LocalDate noticeGiven, int workingDays)
    {
        Guard.Against.OutOfRange(workingDays, nameof(workingDays), 1, int.MaxValue);
        return AddWorkingDays(noticeGiven, workingDays);
    }
}
