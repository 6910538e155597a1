namespace Mentorship.Domain.Calendar;

/// <summary>What a kind of day means in working days and hours (40-hour week).</summary>
internal static class WorkingDayArithmetic
{
    public static bool IsWorking(DayKind kind) => kind is DayKind.Working or DayKind.ShortenedWorking;

    public static int HoursOf(DayKind kind) => kind switch
    {
        DayKind.Working => 8,
        DayKind.ShortenedWorking => 7,
        _ => 0,
    };
}
