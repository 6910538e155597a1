using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// A replacement brings a different mentor, not a mentee of the unit, on a day inside the unchanged period and after
/// the unit's last change, by an order dated no later than that day. The notice to the previous mentor is
/// <see cref="NoticePeriodRule"/>'s, the new mentor's agreement <see cref="MentorAgreementRule"/>'s, the load
/// <see cref="MentorLoadRule"/>'s.
/// </summary>
public static class ReplacementRule
{
    /// <summary>Code: the new mentor is the current one.</summary>
    public const string SameMentor = "replacement.same-mentor";

    /// <summary>Code: the new mentor is a mentee of the unit.</summary>
    public const string NewMentorIsMentee = "replacement.new-mentor-is-mentee";

    /// <summary>Code: the day is outside the period.</summary>
    public const string OutsidePeriod = "replacement.outside-period";

    /// <summary>Code: the day is not after the unit's last change.</summary>
    public const string NotAfterLastChange = "replacement.not-after-last-change";

    /// <summary>Code: the order is dated after the day.</summary>
    public const string OrderAfterEffective = "replacement.order-after-effective-day";

    /// <summary>Checks a request against the unit.</summary>
    /// <param name="unit">The unit (fixed or active).</param>
    /// <param name="request">The request.</param>
    /// <returns>The violations, empty when the rule holds.</returns>
    public static IReadOnlyList<RuleViolation> Check(MentoringUnit unit, MentorReplacementRequest request)
    {
        Guard.Against.Null(unit);
        Guard.Against.Null(request);
        var subject = unit.Id.Value;
        var violations = new List<RuleViolation>();
        if (request.NewMentor == unit.Mentor)
        {
            violations.Add(RuleViolation.Create(nameof(ReplacementRule), SameMentor, subject, ViolationArgument.Identifier("mentor", request.NewMentor.Value), ViolationArgument.Identifier("unit", unit.Id.Value)));
        }

        if (unit.Mentees.Contains(request.NewMentor))
        {
            violations.Add(RuleViolation.Create(nameof(ReplacementRule), NewMentorIsMentee, subject, ViolationArgument.Identifier("mentor", request.NewMentor.Value), ViolationArgument.Identifier("unit", unit.Id.Value)));
        }

        if (!unit.Period.Contains(request.EffectiveOn))
        {
            violations.Add(RuleViolation.Create(
                nameof(ReplacementRule), OutsidePeriod, subject, ViolationArgument.Date("day", request.EffectiveOn), ViolationArgument.Period("period", unit.Period)));
        }

        if (unit.LastChangeOn is { } last && request.EffectiveOn <= last)
        {
            violations.Add(RuleViolation.Create(
                nameof(ReplacementRule), NotAfterLastChange, subject, ViolationArgument.Date("day", request.EffectiveOn), ViolationArgument.Date("last", last)));
        }

        if (request.Order.Date > request.EffectiveOn)
        {
            violations.Add(RuleViolation.Create(
                nameof(ReplacementRule), OrderAfterEffective, subject, ViolationArgument.Date("order", request.Order.Date), ViolationArgument.Date("day", request.EffectiveOn)));
        }

        return violations;
    }
}
