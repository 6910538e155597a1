using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Calendar;

/// <summary>The counting shared by every calendar, written once over <see cref="IWorkingDayCalendar.GetDayKind"/>.</summary>
internal static class WorkingDayArithmetic
{
    public static bool IsWorking(DayKind kind) => kind is DayKind.Working or DayKind.ShortenedWorking;

    public static int HoursOf(DayKind kind) => kind switch
    {
        DayKind.Working => 8,
        DayKind.ShortenedWorking => 7,
        _ => 0,
    };

    public static LocalDate AddWorkingDays(IWorkingDayCalendar calendar, LocalDate date, int count)
    {
        Guard.Against.OutOfRange(count, nameof(count), 0, int.MaxValue);
        var current = date;
        var left = count;
        while (left > 0)
        {
            current = current.PlusDays(1);
            if (calendar.IsWorkingDay(current))
            {
                left--;
            }
        }

        return current;
    }

    public static int CountWorkingDays(IWorkingDayCalendar calendar, DateInterval interval)
    {
        Guard.Against.Null(interval);
        var count = 0;
        for (var day = interval.Start; day <= interval.End; day = day.PlusDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    public static int CountWorkingHours(IWorkingDayCalendar calendar, DateInterval interval)
    {
        Guard.Against.Null(interval);
        var hours = 0;
        for (var day = interval.Start; day <= interval.End; day = day.PlusDays(1))
        {
            hours += calendar.GetWorkingHours(day);
        }

        return hours;
    }

    public static LocalDate NextOnOrAfter(IWorkingDayCalendar calendar, LocalDate date)
    {
        var day = date;
        while (!calendar.IsWorkingDay(day))
        {
            day = day.PlusDays(1);
        }

        return day;
    }

    public static LocalDate PreviousOnOrBefore(IWorkingDayCalendar calendar, LocalDate date)
    {
        var day = date;
        while (!calendar.IsWorkingDay(day))
        {
            day = day.PlusDays(-1);
        }

        return day;
    }

    public static LocalDate EarliestEndOfNotice(IWorkingDayCalendar calendar, LocalDate noticeGiven, int workingDays)
    {
        Guard.Against.OutOfRange(workingDays, nameof(workingDays), 1, int.MaxValue);
        return AddWorkingDays(calendar, noticeGiven, workingDays);
    }
}
