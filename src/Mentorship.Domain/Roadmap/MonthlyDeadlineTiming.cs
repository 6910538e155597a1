using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// A deadline on a day of every month: «до 5 числа каждого месяца», «ежемесячно до 10-го числа». Code
/// <c>monthly-deadline</c>. Read for a year, it gives twelve one-day windows, that day of each month (the month's last
/// day when it is shorter).
/// </summary>
public sealed class MonthlyDeadlineTiming : Timing
{
    private MonthlyDeadlineTiming(int day) => Day = day;

    /// <summary>The day of the month, 1–31.</summary>
    public int Day { get; }

    /// <inheritdoc />
    public override string Code => "monthly-deadline";

    /// <summary>Creates the timing.</summary>
    /// <param name="day">The day of the month, 1–31.</param>
    /// <returns>The timing.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="day"/> is out of range.</exception>
    public static MonthlyDeadlineTiming Create(int day) => new(Guard.Against.OutOfRange(day, nameof(day), 1, 31));

    /// <inheritdoc />
    public override IReadOnlyList<DateInterval> WindowsFor(int year)
    {
        MonthNames.CheckYear(year);
        var windows = new List<DateInterval>(12);
        for (var month = 1; month <= 12; month++)
        {
            var date = MonthNames.Clamped(year, month, Day);
            windows.Add(new DateInterval(date, date));
        }

        return windows;
    }

    /// <inheritdoc />
    public override string ToString() => $"до {Day.ToString(CultureInfo.InvariantCulture)} числа каждого месяца";
}
