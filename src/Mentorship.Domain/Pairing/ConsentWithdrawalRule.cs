using System.Collections.Generic;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// A withdrawal of consent to personal-data processing is notice that ends a person's open units: its date is not
/// before the last change of any of them (their order, start or latest replacement), and a fixed or active unit it
/// ends needs an order on early termination (Labour Code art. 351.8: the mentor's duties and pay supplement end by
/// order).
/// </summary>
public static class ConsentWithdrawalRule
{
    /// <summary>Code: the withdrawal precedes the last change of an open unit of the person.</summary>
    public const string BeforeLastChange = "withdrawal.before-last-change";

    /// <summary>Code: the withdrawal ends a fixed or active unit, and no order on early termination was given.</summary>
    public const string OrderRequired = "withdrawal.order-required";

    /// <summary>Checks that an order is given when the withdrawal ends fixed or active units.</summary>
    /// <param name="order">The order given, or <see langword="null"/>.</param>
    /// <param name="ending">The fixed or active units the withdrawal ends.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? CheckOrder(OrderReference? order, IReadOnlyList<MentoringUnitId> ending)
    {
        Guard.Against.Null(ending);
        return order is null && ending.Count > 0
            ? RuleViolation.Create(
                nameof(ConsentWithdrawalRule), OrderRequired, ending[0].Value, ViolationArgument.Text("units", string.Join(", ", ending)))
            : null;
    }

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
