using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// The composition of a running group changes only by an order: the unit is a group, the order is not dated before
/// the order that fixed it, the change takes effect inside the period and not before the order, a mentee joins once
/// (never the mentor, never one who was already in it) and leaves only if they are in it, after their first day.
/// The group's size bounds (<see cref="GroupSizeRule"/>), one unit per mentee at a time
/// (<see cref="MenteeSingleUnitRule"/>) and the joining mentee's consent (<see cref="MenteeConsentRule"/>) are
/// checked beside this rule.
/// </summary>
public static class GroupMembershipRule
{
    /// <summary>Code: the unit is not a group (group or team form).</summary>
    public const string NotAGroup = "group-membership.not-a-group";

    /// <summary>Code: the person is or was a member of the group, or is its mentor.</summary>
    public const string AlreadyMember = "group-membership.already-member";

    /// <summary>Code: the person is not a current mentee of the group.</summary>
    public const string NotAMember = "group-membership.not-a-member";

    /// <summary>Code: the change takes effect outside the period, after the unit's last day, or before the mentee's first day.</summary>
    public const string OutsidePeriod = "group-membership.outside-period";

    /// <summary>Code: the change takes effect before the order, or the order precedes the fixing order.</summary>
    public const string BeforeOrder = "group-membership.before-order";

    /// <summary>Checks a mentee joining a group.</summary>
    /// <param name="unit">The group.</param>
    /// <param name="mentee">The mentee.</param>
    /// <param name="firstDay">Their first day in the group.</param>
    /// <param name="order">The order.</param>
    /// <returns>The violations, empty when the rule holds.</returns>
    public static IReadOnlyList<RuleViolation> CheckJoin(MentoringUnit unit, EducatorId mentee, LocalDate firstDay, OrderReference order)
    {
        Guard.Against.Null(unit);
        Guard.Against.Null(order);
        var violations = Common(unit, order);
        if (unit.Mentor == mentee || unit.Mentees.Contains(mentee) || unit.DepartedMentees.Contains(mentee))
        {
            violations.Add(RuleViolation.Create(nameof(GroupMembershipRule), AlreadyMember, mentee.Value, ViolationArgument.Identifier("mentee", mentee.Value), ViolationArgument.Identifier("unit", unit.Id.Value)));
        }

        CheckDay(violations, unit, firstDay, order, mentee, unit.Period.Start);
        return violations;
    }

    /// <summary>Checks a mentee leaving a group that goes on.</summary>
    /// <param name="unit">The group.</param>
    /// <param name="mentee">The mentee.</param>
    /// <param name="lastDay">Their last day in the group.</param>
    /// <param name="order">The order.</param>
    /// <returns>The violations, empty when the rule holds.</returns>
    public static IReadOnlyList<RuleViolation> CheckLeave(MentoringUnit unit, EducatorId mentee, LocalDate lastDay, OrderReference order)
    {
        Guard.Against.Null(unit);
        Guard.Against.Null(order);
        var violations = Common(unit, order);
        if (!unit.Mentees.Contains(mentee))
        {
            violations.Add(RuleViolation.Create(nameof(GroupMembershipRule), NotAMember, mentee.Value, ViolationArgument.Identifier("mentee", mentee.Value), ViolationArgument.Identifier("unit", unit.Id.Value)));
            return violations;
        }

        CheckDay(violations, unit, lastDay, order, mentee, unit.MenteeSpan(mentee)?.Start ?? unit.Period.Start);
        return violations;
    }

    private static List<RuleViolation> Common(MentoringUnit unit, OrderReference order)
    {
        var violations = new List<RuleViolation>();
        if (!unit.IsGroup)
        {
            violations.Add(RuleViolation.Create(nameof(GroupMembershipRule), NotAGroup, unit.Id.Value, ViolationArgument.Identifier("unit", unit.Id.Value), ViolationArgument.Term("form", unit.Form)));
        }

        if (unit.FixingOrder is { } fixing && order.Date < fixing.Date)
        {
            violations.Add(RuleViolation.Create(
                nameof(GroupMembershipRule),
                BeforeOrder,
                unit.Id.Value,
                ViolationArgument.Identifier("unit", unit.Id.Value),
                ViolationArgument.Date("day", order.Date),
                ViolationArgument.Date("earliest", fixing.Date)));
        }

        return violations;
    }

    private static void CheckDay(List<RuleViolation> violations, MentoringUnit unit, LocalDate day, OrderReference order, EducatorId mentee, LocalDate earliest)
    {
        if (day < earliest || unit.LastDay is not { } last || day > last)
        {
            violations.Add(RuleViolation.Create(
                nameof(GroupMembershipRule),
                OutsidePeriod,
                mentee.Value,
                ViolationArgument.Date("day", day),
                ViolationArgument.Identifier("mentee", mentee.Value),
                ViolationArgument.Identifier("unit", unit.Id.Value)));
        }

        if (day < order.Date)
        {
            violations.Add(RuleViolation.Create(
                nameof(GroupMembershipRule),
                BeforeOrder,
                mentee.Value,
                ViolationArgument.Identifier("unit", unit.Id.Value),
                ViolationArgument.Date("day", day),
                ViolationArgument.Date("earliest", order.Date)));
        }
    }
}
