using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Pairing;

/// <summary>An order has a number not used before in the register and concerns at least one unit, each once.</summary>
public static class OrderRule
{
    /// <summary>Code: the number is already used.</summary>
    public const string NumberTaken = "order.number-taken";

    /// <summary>Code: no unit named.</summary>
    public const string NoUnits = "order.no-units";

    /// <summary>Code: a unit named twice.</summary>
    public const string UnitRepeated = "order.unit-repeated";

    /// <summary>Code: the order is dated before the unit was proposed.</summary>
    public const string DatedBeforeProposal = "order.dated-before-proposal";

    /// <summary>Checks an order's number and units.</summary>
    /// <param name="order">The order.</param>
    /// <param name="numberTaken">Whether an order with this number exists.</param>
    /// <param name="units">The units named.</param>
    /// <returns>The violations, empty when the rule holds.</returns>
    public static IReadOnlyList<RuleViolation> Check(OrderReference order, bool numberTaken, IReadOnlyList<MentoringUnitId> units)
    {
        Guard.Against.Null(order);
        var violations = new List<RuleViolation>();
        if (numberTaken)
        {
            violations.Add(RuleViolation.Create(nameof(OrderRule), NumberTaken, order.Number, ViolationArgument.Text("number", order.Number)));
        }

        if (units.Count == 0)
        {
            violations.Add(RuleViolation.Create(nameof(OrderRule), NoUnits, order.Number));
        }

        foreach (var repeated in units.GroupBy(u => u).Where(g => g.Count() > 1))
        {
            violations.Add(RuleViolation.Create(nameof(OrderRule), UnitRepeated, repeated.Key.Value, ViolationArgument.Identifier("unit", repeated.Key.Value)));
        }

        return violations;
    }

    /// <summary>Checks that an order is not dated before the unit was proposed.</summary>
    /// <param name="order">The order.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? CheckDate(OrderReference order, MentoringUnit unit)
    {
        Guard.Against.Null(order);
        Guard.Against.Null(unit);
        return order.Date >= unit.ProposedOn
            ? null
            : RuleViolation.Create(
                nameof(OrderRule),
                DatedBeforeProposal,
                unit.Id.Value,
                ViolationArgument.Date("order", order.Date),
                ViolationArgument.Identifier("unit", unit.Id.Value),
                ViolationArgument.Date("proposed", unit.ProposedOn));
    }
}
