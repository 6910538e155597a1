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
            violations.Add(new RuleViolation(nameof(OrderRule), NumberTaken, $"An order numbered {order.Number} already exists.", order.Number));
        }

        if (units.Count == 0)
        {
            violations.Add(new RuleViolation(nameof(OrderRule), NoUnits, "The order names no pair or group.", order.Number));
        }

        foreach (var repeated in units.GroupBy(u => u).Where(g => g.Count() > 1))
        {
            violations.Add(new RuleViolation(nameof(OrderRule), UnitRepeated, $"{repeated.Key} is named more than once.", repeated.Key.Value));
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
            : new RuleViolation(
                nameof(OrderRule), DatedBeforeProposal, $"The order of {order.Date:uuuu-MM-dd} precedes the proposal of {unit.Id} on {unit.ProposedOn:uuuu-MM-dd}.", unit.Id.Value);
    }
}
