using Ardalis.GuardClauses;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// Labour Code art. 351.8: either side may end mentoring early on notice of at least 3 working days (the policy may
/// ask for more). Notice given on D allows a last day of mentoring no earlier than
/// <see cref="IWorkingDayCalendar.EarliestEndOfNotice"/>(D, days): the day of notice is not counted, only working
/// days are.
/// </summary>
public static class NoticePeriodRule
{
    /// <summary>Code: the notice is shorter than required.</summary>
    public const string TooShort = "notice.too-short";

    /// <summary>Code: notice given before the unit was fixed by its order.</summary>
    public const string BeforeOrder = "notice.before-fixing-order";

    /// <summary>The earliest last day of mentoring for a notice.</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="noticeGivenOn">The day of notice (not counted).</param>
    /// <param name="workingDays">The notice in working days, at least 3.</param>
    /// <returns>The earliest last day.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="workingDays"/> is below 3.</exception>
    public static LocalDate EarliestLastDay(IWorkingDayCalendar calendar, LocalDate noticeGivenOn, int workingDays)
    {
        Guard.Against.Null(calendar);
        Guard.Against.OutOfRange(workingDays, nameof(workingDays), PairingPolicy.StatutoryNoticeWorkingDays, int.MaxValue);
        return calendar.EarliestEndOfNotice(noticeGivenOn, workingDays);
    }

    /// <summary>Checks a notice against the last day of mentoring.</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="noticeGivenOn">The day of notice (not counted).</param>
    /// <param name="lastDay">The last day of mentoring.</param>
    /// <param name="workingDays">The notice in working days, at least 3.</param>
    /// <param name="subject">The unit concerned.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(IWorkingDayCalendar calendar, LocalDate noticeGivenOn, LocalDate lastDay, int workingDays, string? subject = null)
    {
        var earliest = EarliestLastDay(calendar, noticeGivenOn, workingDays);
        return lastDay >= earliest
            ? null
            : RuleViolation.Create(
                nameof(NoticePeriodRule),
                TooShort,
                subject,
                ViolationArgument.Date("given", noticeGivenOn),
                ViolationArgument.Date("earliest", earliest),
                ViolationArgument.Number("days", workingDays),
                ViolationArgument.Date("last", lastDay));
    }

    /// <summary>Checks that notice is given once the unit is fixed.</summary>
    /// <param name="noticeGivenOn">The day of notice.</param>
    /// <param name="fixedOn">The date of the fixing order.</param>
    /// <param name="subject">The unit concerned.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? CheckAfterOrder(LocalDate noticeGivenOn, LocalDate fixedOn, string? subject = null) =>
        noticeGivenOn >= fixedOn
            ? null
            : RuleViolation.Create(
                nameof(NoticePeriodRule), BeforeOrder, subject, ViolationArgument.Date("given", noticeGivenOn), ViolationArgument.Date("fixed", fixedOn));
}
