using NodaTime;

namespace Mentorship.Domain.Calendar;

/// <summary>
/// A calendar of working days for a five-day, 40-hour week: which days are worked, and arithmetic over
/// them for notice periods and scheduling.
/// </summary>
/// <remarks>
/// <para>
/// Counting convention, shared by every member: the day a count starts from is never one of the counted
/// days. <c>AddWorkingDays(d, n)</c> for <c>n ≥ 1</c> is the <c>n</c>-th working day strictly after
/// <c>d</c>, so <c>CountWorkingDays(new DateInterval(d.PlusDays(1), AddWorkingDays(d, n))) == n</c>.
/// Intervals (<see cref="DateInterval"/>) include both their start and their end.
/// </para>
/// <para>Implementations in this package are immutable and safe to share between threads.</para>
/// </remarks>
public interface IWorkingDayCalendar
{
    /// <summary>What kind of day <paramref name="date"/> is.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The kind of day.</returns>
    /// <exception cref="UnknownProductionYearException">The calendar has no data for the date's year and was told to refuse.</exception>
    DayKind GetDayKind(LocalDate date);

    /// <summary>Whether <paramref name="date"/> is worked (an ordinary or a shortened working day).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> for a working day.</returns>
    /// <exception cref="UnknownProductionYearException">The calendar has no data for the date's year and was told to refuse.</exception>
    bool IsWorkingDay(LocalDate date);

    /// <summary>The hours worked on <paramref name="date"/> at 40 hours a week: 8, 7 on a shortened day, 0 on a day off.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The working hours.</returns>
    /// <exception cref="UnknownProductionYearException">The calendar has no data for the date's year and was told to refuse.</exception>
    int GetWorkingHours(LocalDate date);

    /// <summary>
    /// The date <paramref name="count"/> working days after <paramref name="date"/>. The start day itself is
    /// never counted, whether or not it is a working day: for <paramref name="count"/> ≥ 1 the result is the
    /// <paramref name="count"/>-th working day strictly after <paramref name="date"/>; for 0 it is
    /// <paramref name="date"/> unchanged.
    /// </summary>
    /// <param name="date">The day to count from (not counted).</param>
    /// <param name="count">How many working days to add; at least 0.</param>
    /// <returns>The resulting date, a working day whenever <paramref name="count"/> ≥ 1.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="UnknownProductionYearException">The count runs into a year the calendar has no data for and was told to refuse.</exception>
    LocalDate AddWorkingDays(LocalDate date, int count);

    /// <summary>The number of working days in <paramref name="interval"/>, both ends included.</summary>
    /// <param name="interval">The interval.</param>
    /// <returns>The number of working days.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="UnknownProductionYearException">The interval reaches a year the calendar has no data for and was told to refuse.</exception>
    int CountWorkingDays(DateInterval interval);

    /// <summary>The working hours in <paramref name="interval"/>, both ends included, at 40 hours a week.</summary>
    /// <param name="interval">The interval.</param>
    /// <returns>The sum of <see cref="GetWorkingHours"/> over the interval.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="UnknownProductionYearException">The interval reaches a year the calendar has no data for and was told to refuse.</exception>
    int CountWorkingHours(DateInterval interval);

    /// <summary><paramref name="date"/> if it is a working day, otherwise the first working day after it.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The working day.</returns>
    /// <exception cref="UnknownProductionYearException">The search runs into a year the calendar has no data for and was told to refuse.</exception>
    LocalDate NextWorkingDayOnOrAfter(LocalDate date);

    /// <summary><paramref name="date"/> if it is a working day, otherwise the last working day before it.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The working day.</returns>
    /// <exception cref="UnknownProductionYearException">The search runs into a year the calendar has no data for and was told to refuse.</exception>
    LocalDate PreviousWorkingDayOnOrBefore(LocalDate date);

    /// <summary>
    /// The earliest date on which something may end when notice of at least <paramref name="workingDays"/>
    /// working days is given on <paramref name="noticeGiven"/> (e.g. early termination of mentoring under
    /// Labour Code art. 351.8, 3 working days). The rule: the notice period starts on the day after the
    /// notice (art. 14), only working days count, and the end date is the last day of the period, so the
    /// result is <c>AddWorkingDays(noticeGiven, workingDays)</c>: notice given on Monday 2 June 2025 with 3
    /// working days ends, at the earliest, on Thursday 5 June 2025. Any later end date satisfies the notice
    /// too.
    /// </summary>
    /// <param name="noticeGiven">The day the notice was given (not counted).</param>
    /// <param name="workingDays">The notice required, in working days; at least 1.</param>
    /// <returns>The earliest end date, always a working day.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="workingDays"/> is less than 1.</exception>
    /// <exception cref="UnknownProductionYearException">The period runs into a year the calendar has no data for and was told to refuse.</exception>
    LocalDate EarliestEndOfNotice(LocalDate noticeGiven, int workingDays);
}
