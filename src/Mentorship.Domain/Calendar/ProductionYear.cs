using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Calendar;

/// <summary>
/// One year of the Russian production calendar for a five-day week: what the government's yearly decree
/// (Labour Code art. 112 part 5) adds to the fixed art. 112 holidays and the weekends. A host supplies a
/// year the package does not know by building one of these from the decree and passing it to
/// <see cref="RussianProductionCalendar.WithYear"/>.
/// </summary>
/// <remarks>
/// <para>
/// A day of the year is then: a shortened working day if listed in <see cref="ShortenedDays"/>; a working
/// day if listed in <see cref="WorkingWeekendDays"/>; a holiday if art. 112 names it; an extra day off if
/// listed in <see cref="ExtraDaysOff"/>; a weekend day on Saturday and Sunday; otherwise a working day.
/// </para>
/// <para>
/// <see cref="ExtraDaysOff"/> lists every weekday off that is not an art. 112 holiday, whether the move
/// is automatic (art. 112 part 2: 9 March 2026 for 8 March on a Sunday) or the decree's own (31 December).
/// <see cref="ShortenedDays"/> lists the days the decree and art. 95 shorten, including a working Saturday
/// that takes the place of a shortened weekday (2 November 2024). Instances are immutable.
/// </para>
/// </remarks>
public sealed class ProductionYear
{
    private readonly HashSet<LocalDate> _extraDaysOff;
    private readonly HashSet<LocalDate> _workingWeekendDays;
    private readonly HashSet<LocalDate> _shortenedDays;

    private ProductionYear(
        int year,
        string? decree,
        IEnumerable<LocalDate> extraDaysOff,
        IEnumerable<LocalDate> workingWeekendDays,
        IEnumerable<LocalDate> shortenedDays)
    {
        Year = year;
        Decree = decree;
        _extraDaysOff = [.. extraDaysOff];
        _workingWeekendDays = [.. workingWeekendDays];
        _shortenedDays = [.. shortenedDays];
        ExtraDaysOff = [.. _extraDaysOff.OrderBy(d => d)];
        WorkingWeekendDays = [.. _workingWeekendDays.OrderBy(d => d)];
        ShortenedDays = [.. _shortenedDays.OrderBy(d => d)];
        var all = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        foreach (var day in all)
        {
            var kind = GetDayKind(day);
            if (WorkingDayArithmetic.IsWorking(kind))
            {
                WorkingDays++;
            }

            WorkingHours += WorkingDayArithmetic.HoursOf(kind);
        }
    }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>
    /// The decree the data comes from, e.g. «постановление Правительства РФ от 04.10.2024 № 1335»; null for a
    /// year computed from the Labour Code alone.
    /// </summary>
    public string? Decree { get; }

    /// <summary>The weekdays off that are not art. 112 holidays, in date order.</summary>
    public IReadOnlyList<LocalDate> ExtraDaysOff { get; }

    /// <summary>The Saturdays and Sundays made working days, in date order.</summary>
    public IReadOnlyList<LocalDate> WorkingWeekendDays { get; }

    /// <summary>The working days one hour shorter (art. 95), in date order.</summary>
    public IReadOnlyList<LocalDate> ShortenedDays { get; }

    /// <summary>The number of working days in the year (five-day week).</summary>
    public int WorkingDays { get; }

    /// <summary>The working hours in the year at 40 hours a week: 8 × working days − shortened days.</summary>
    public int WorkingHours { get; }

    /// <summary>Creates a year from its decree's data, checking that the data is consistent.</summary>
    /// <param name="year">The calendar year (1900–9998).</param>
    /// <param name="decree">The decree's reference, e.g. «постановление Правительства РФ от 04.10.2024 № 1335».</param>
    /// <param name="extraDaysOff">Every weekday off that is not an art. 112 holiday (automatic and decreed moves).</param>
    /// <param name="workingWeekendDays">The Saturdays and Sundays made working days.</param>
    /// <param name="shortenedDays">The working days one hour shorter.</param>
    /// <returns>The year.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="decree"/> is blank, or a date is outside the year, repeated, or inconsistent: an extra
    /// day off on a weekend or a holiday, a working weekend day that is a weekday or a holiday, a shortened day
    /// that is not a working day or is not followed by days off that include an art. 112 holiday.
    /// </exception>
    public static ProductionYear Create(
        int year,
        string decree,
        IEnumerable<LocalDate> extraDaysOff,
        IEnumerable<LocalDate> workingWeekendDays,
        IEnumerable<LocalDate> shortenedDays)
    {
        Guard.Against.OutOfRange(year, nameof(year), 1900, 9998);
        Guard.Against.NullOrWhiteSpace(decree);
        var off = Distinct(year, Guard.Against.Null(extraDaysOff), nameof(extraDaysOff));
        var working = Distinct(year, Guard.Against.Null(workingWeekendDays), nameof(workingWeekendDays));
        var shortened = Distinct(year, Guard.Against.Null(shortenedDays), nameof(shortenedDays));
        foreach (var day in off)
        {
            if (IsWeekend(day) || LabourCodeHolidays.IsHoliday(day))
            {
                throw new ArgumentException($"Extra day off {Iso(day)} is a weekend day or a holiday already.", nameof(extraDaysOff));
            }
        }

        foreach (var day in working)
        {
            if (!IsWeekend(day) || LabourCodeHolidays.IsHoliday(day))
            {
                throw new ArgumentException($"Working weekend day {Iso(day)} is a weekday or a holiday.", nameof(workingWeekendDays));
            }
        }

        var result = new ProductionYear(year, decree.Trim(), off, working, []);
        foreach (var day in shortened)
        {
            if (!result.IsWorking(day) || !result.HolidayFollows(day))
            {
                throw new ArgumentException(
                    $"Shortened day {Iso(day)} is not a working day followed by days off that include an art. 112 holiday.",
                    nameof(shortenedDays));
            }
        }

        return new ProductionYear(year, decree.Trim(), off, working, shortened);
    }

    /// <summary>
    /// Computes a year from the Labour Code alone, without a decree: the art. 112 holidays; each holiday
    /// other than 1–8 January that falls on a Saturday or Sunday moves its day off to the next weekday that
    /// is neither a holiday nor already off (art. 112 part 2); each working day immediately followed by a
    /// holiday is shortened (art. 95). The decree's own transfers (usually two January weekend days) are
    /// missing, so this is an approximation: use it only where the host chose it.
    /// </summary>
    /// <param name="year">The calendar year (1900–9998).</param>
    /// <returns>The year, with a null <see cref="Decree"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static ProductionYear FromLabourCode(int year)
    {
        Guard.Against.OutOfRange(year, nameof(year), 1900, 9998);
        var off = new HashSet<LocalDate>();
        foreach (var holiday in LabourCodeHolidays.InYear(year))
        {
            if (!IsWeekend(holiday) || LabourCodeHolidays.IsNewYearHoliday(holiday))
            {
                continue;
            }

            var moved = holiday.PlusDays(1);
            while (IsWeekend(moved) || LabourCodeHolidays.IsHoliday(moved) || off.Contains(moved))
            {
                moved = moved.PlusDays(1);
            }

            if (moved.Year == year)
            {
                off.Add(moved);
            }
        }

        var withoutShortening = new ProductionYear(year, null, off, [], []);
        var shortened = new List<LocalDate>();
        foreach (var day in new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)))
        {
            if (withoutShortening.IsWorking(day) && LabourCodeHolidays.IsHoliday(day.PlusDays(1)))
            {
                shortened.Add(day);
            }
        }

        return new ProductionYear(year, null, off, [], shortened);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Year}: {WorkingDays} working days, {WorkingHours} h{(Decree is null ? " (Labour Code only)" : string.Empty)}";

    /// <summary>The kind of a day of this year.</summary>
    internal DayKind GetDayKind(LocalDate date)
    {
        if (_shortenedDays.Contains(date))
        {
            return DayKind.ShortenedWorking;
        }

        if (_workingWeekendDays.Contains(date))
        {
            return DayKind.Working;
        }

        if (LabourCodeHolidays.IsHoliday(date))
        {
            return DayKind.Holiday;
        }

        if (_extraDaysOff.Contains(date))
        {
            return DayKind.ExtraDayOff;
        }

        return IsWeekend(date) ? DayKind.Weekend : DayKind.Working;
    }

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    private static string Iso(LocalDate date) =>
        date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static List<LocalDate> Distinct(int year, IEnumerable<LocalDate> dates, string parameterName)
    {
        var seen = new HashSet<LocalDate>();
        var result = new List<LocalDate>();
        foreach (var day in dates)
        {
            if (day.Year != year || !seen.Add(day))
            {
                throw new ArgumentException($"Date {Iso(day)} is outside {year} or repeated.", parameterName);
            }

            result.Add(day);
        }

        return result;
    }

    private bool IsWorking(LocalDate date) => WorkingDayArithmetic.IsWorking(GetDayKind(date));

    /// <summary>Whether the run of days off after <paramref name="date"/> contains a holiday (1 January always is one).</summary>
    private bool HolidayFollows(LocalDate date)
    {
        for (var day = date.PlusDays(1); ; day = day.PlusDays(1))
        {
            if (day.Year != Year || LabourCodeHolidays.IsHoliday(day))
            {
                return true;
            }

            if (IsWorking(day))
            {
                return false;
            }
        }
    }
}
