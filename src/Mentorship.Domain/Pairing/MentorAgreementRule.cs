using System.Collections.Generic;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// The mentor works on a written Labour Code art. 351.8 agreement (written consent stating content, period, form and
/// pay: a supplement above zero with its terms) whose period covers the mentor's time in the unit, in the unit's form, signed in time.
/// </summary>
public static class MentorAgreementRule
{
    /// <summary>Code: no agreement.</summary>
    public const string Missing = "mentor-agreement.missing";

    /// <summary>Code: the agreement's period does not cover the mentor's time in the unit.</summary>
    public const string PeriodNotCovered = "mentor-agreement.period-not-covered";

    /// <summary>Code: the agreement states another form.</summary>
    public const string FormDiffers = "mentor-agreement.form-differs";

    /// <summary>Code: the agreement states no pay: a monthly supplement above zero and how it is set (art. 351.8: mentoring is paid).</summary>
    public const string PayNotStated = "mentor-agreement.pay-not-stated";

    /// <summary>Code: the agreement was signed after the date it is needed by.</summary>
    public const string SignedTooLate = "mentor-agreement.signed-too-late";

    /// <summary>Checks an agreement.</summary>
    /// <param name="agreement">The agreement, or <see langword="null"/>.</param>
    /// <param name="mentor">The mentor.</param>
    /// <param name="mustCover">The mentor's time in the unit, both ends included.</param>
    /// <param name="form">The unit's form.</param>
    /// <param name="signedBy">The latest date it may be signed (the order's, or the replacement's), if one applies.</param>
    /// <returns>The violations, empty when the rule holds.</returns>
    public static IReadOnlyList<RuleViolation> Check(
        MentoringConsent? agreement, EducatorId mentor, DateInterval mustCover, MentorshipForm form, LocalDate? signedBy = null)
    {
        var violations = new List<RuleViolation>();
        if (agreement is null)
        {
            violations.Add(RuleViolation.Create(nameof(MentorAgreementRule), Missing, mentor.Value, ViolationArgument.Identifier("mentor", mentor.Value)));
            return violations;
        }

        if (!agreement.Period.Contains(mustCover))
        {
            violations.Add(RuleViolation.Create(
                nameof(MentorAgreementRule),
                PeriodNotCovered,
                mentor.Value,
                ViolationArgument.Period("agreement", agreement.Period),
                ViolationArgument.Period("needed", mustCover)));
        }

        if (agreement.Form != form)
        {
            violations.Add(RuleViolation.Create(nameof(MentorAgreementRule), FormDiffers, mentor.Value, ViolationArgument.Term("stated", agreement.Form), ViolationArgument.Term("form", form)));
        }

        if (agreement.PayTerms is not { MonthlySupplementRoubles: > 0 } pay || string.IsNullOrWhiteSpace(pay.Description))
        {
            violations.Add(RuleViolation.Create(nameof(MentorAgreementRule), PayNotStated, mentor.Value));
        }

        if (signedBy is { } by && agreement.SignedOn > by)
        {
            violations.Add(RuleViolation.Create(
                nameof(MentorAgreementRule), SignedTooLate, mentor.Value, ViolationArgument.Date("signed", agreement.SignedOn), ViolationArgument.Date("by", by)));
        }

        return violations;
    }
}
