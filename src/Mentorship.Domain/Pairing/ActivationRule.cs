using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>A fixed unit starts inside its period and not before its fixing order.</summary>
public static class ActivationRule
{
    /// <summary>Code: the start precedes the fixing order.</summary>
    public const string BeforeOrder = "activation.before-order";

    /// <summary>Code: the start is outside the period.</summary>
    public const string OutsidePeriod = "activation.outside-period";

    /// <summary>Checks a start date.</summary>
    /// <param name="unit">The unit (fixed).</param>
    /// <param name="on">The start date.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(MentoringUnit unit, LocalDate on)
    {
        Guard.Against.Null(unit);
        if (unit.FixingOrder is { } order && on < order.Date)
        {
            return RuleViolation.Create(nameof(ActivationRule), BeforeOrder, unit.Id.Value, ViolationArgument.Date("start", on), ViolationArgument.Date("order", order.Date));
        }

        return unit.Period.Contains(on)
            ? null
            : RuleViolation.Create(
                nameof(ActivationRule), OutsidePeriod, unit.Id.Value, ViolationArgument.Date("start", on), ViolationArgument.Period("period", unit.Period));
    }
}
