using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// An active unit (and its programme) completes on or after the last day of its period, and no earlier than its last
/// change (the start or the latest replacement). Ending before the period's end is an early end under Labour Code
/// art. 351.8 (notice, grounds, order): <see cref="PairingRegister.TerminateEarly"/>, e.g. with
/// <see cref="EarlyTerminationGrounds.GoalReachedEarly"/>.
/// </summary>
public static class CompletionRule
{
    /// <summary>Code: the completion precedes the last day of the period (an early end needs notice and an order).</summary>
    public const string BeforePeriodEnd = "completion.before-period-end";

    /// <summary>Code: the completion precedes the unit's last change.</summary>
    public const string BeforeLastChange = "completion.before-last-change";

    /// <summary>Checks a completion date.</summary>
    /// <param name="unit">The unit (active).</param>
    /// <param name="on">The completion date.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(MentoringUnit unit, LocalDate on)
    {
        Guard.Against.Null(unit);
        return unit.LastChangeOn is { } last && on < last
            ? RuleViolation.Create(nameof(CompletionRule), BeforeLastChange, unit.Id.Value, ViolationArgument.Date("on", on), ViolationArgument.Date("last", last))
            : null;
    }

    /// <summary>Checks that a completion falls on or after the last day of a period.</summary>
    /// <param name="period">The period of the unit or programme.</param>
    /// <param name="on">The completion date.</param>
    /// <param name="subject">The unit's identifier.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? CheckPeriodEnd(DateInterval period, LocalDate on, string subject)
    {
        Guard.Against.Null(period);
        return on < period.End
            ? RuleViolation.Create(nameof(CompletionRule), BeforePeriodEnd, subject, ViolationArgument.Date("on", on), ViolationArgument.Date("end", period.End))
            : null;
    }
}
