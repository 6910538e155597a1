using System.Collections.Generic;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// Early termination ends a unit before the end of its period, not before its last change (the order, the start or
/// the latest replacement), by an order dated no later than the last day; the consent-withdrawal grounds are the
/// register's own. The notice itself is <see cref="NoticePeriodRule"/>'s.
/// </summary>
public static class EarlyTerminationRule
{
    /// <summary>Code: the last day is not before the end of the period (that is a completion).</summary>
    public const string NotEarly = "early-termination.not-before-period-end";

    /// <summary>Code: the last day precedes the unit's last change.</summary>
    public const string BeforeLastChange = "early-termination.before-last-change";

    /// <summary>Code: the order is dated after the last day.</summary>
    public const string OrderAfterEnd = "early-termination.order-after-end";

    /// <summary>Code: grounds reserved to <see cref="PairingRegister.WithdrawPersonalDataConsent"/>.</summary>
    public const string ReservedGrounds = "early-termination.reserved-grounds";

    /// <summary>Checks a request against the unit.</summary>
    /// <param name="unit">The unit (fixed or active).</param>
    /// <param name="request">The request.</param>
    /// <returns>The violations, empty when the rule holds.</returns>
    public static IReadOnlyList<RuleViolation> Check(MentoringUnit unit, EarlyTerminationRequest request)
    {
        Guard.Against.Null(unit);
        Guard.Against.Null(request);
        var subject = unit.Id.Value;
        var violations = new List<RuleViolation>();
        if (request.Grounds == EarlyTerminationGrounds.PersonalDataConsentWithdrawn)
        {
            violations.Add(RuleViolation.Create(nameof(EarlyTerminationRule), ReservedGrounds, subject));
        }

        if (request.EndsOn >= unit.Period.End)
        {
            violations.Add(RuleViolation.Create(
                nameof(EarlyTerminationRule), NotEarly, subject, ViolationArgument.Date("end", request.EndsOn), ViolationArgument.Date("periodEnd", unit.Period.End)));
        }

        if (unit.LastChangeOn is { } last && request.EndsOn < last)
        {
            violations.Add(RuleViolation.Create(
                nameof(EarlyTerminationRule), BeforeLastChange, subject, ViolationArgument.Date("end", request.EndsOn), ViolationArgument.Date("last", last)));
        }

        if (request.Order.Date > request.EndsOn)
        {
            violations.Add(RuleViolation.Create(
                nameof(EarlyTerminationRule), OrderAfterEnd, subject, ViolationArgument.Date("order", request.Order.Date), ViolationArgument.Date("end", request.EndsOn)));
        }

        return violations;
    }
}
