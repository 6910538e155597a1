using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// A withdrawal of consent to personal-data processing ends a person's open units on its date, so the date is not
/// before the last change of any of them (their order, start or latest replacement).
/// </summary>
public static class ConsentWithdrawalRule
{
    /// <summary>Code: the withdrawal precedes the last change of an open unit of the person.</summary>
    public const string BeforeLastChange = "withdrawal.before-last-change";

    /// <summary>Checks a withdrawal date against one of the person's units.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="on">The date of withdrawal.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(MentoringUnit unit, LocalDate on)
    {
        Guard.Against.Null(unit);
        return unit.IsOpen && unit.LastChangeOn is { } last && on < last
            ? RuleViolation.Create(
                nameof(ConsentWithdrawalRule),
                BeforeLastChange,
                unit.Id.Value,
                ViolationArgument.Date("on", on),
                ViolationArgument.Identifier("unit", unit.Id.Value),
                ViolationArgument.Date("last", last))
            : null;
    }
}
