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
            return new RuleViolation(nameof(ActivationRule), BeforeOrder, $"The start {on:uuuu-MM-dd} precedes the order of {order.Date:uuuu-MM-dd}.", unit.Id.Value);
        }

        return unit.Period.Contains(on)
            ? null
            : new RuleViolation(
                nameof(ActivationRule), OutsidePeriod, $"The start {on:uuuu-MM-dd} is outside the period {unit.Period.Start:uuuu-MM-dd}..{unit.Period.End:uuuu-MM-dd}.", unit.Id.Value);
    }
}
