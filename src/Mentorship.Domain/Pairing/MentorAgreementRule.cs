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
            violations.Add(new RuleViolation(nameof(MentorAgreementRule), Missing, $"{mentor} has no art. 351.8 agreement for this unit.", mentor.Value));
            return violations;
        }

        if (!agreement.Period.Contains(mustCover))
        {
            violations.Add(new RuleViolation(
                nameof(MentorAgreementRule),
                PeriodNotCovered,
                $"The agreement's period {agreement.Period.Start:uuuu-MM-dd}..{agreement.Period.End:uuuu-MM-dd} does not cover {mustCover.Start:uuuu-MM-dd}..{mustCover.End:uuuu-MM-dd}.",
                mentor.Value));
        }

        if (agreement.Form != form)
        {
            violations.Add(new RuleViolation(nameof(MentorAgreementRule), FormDiffers, $"The agreement states the {agreement.Form} form; the unit is {form}.", mentor.Value));
        }

        if (agreement.PayTerms is not { MonthlySupplementRoubles: > 0 } pay || string.IsNullOrWhiteSpace(pay.Description))
        {
            violations.Add(new RuleViolation(
                nameof(MentorAgreementRule), PayNotStated, "The art. 351.8 agreement states no pay: a monthly supplement above zero and its terms are required.", mentor.Value));
        }

        if (signedBy is { } by && agreement.SignedOn > by)
        {
            violations.Add(new RuleViolation(
                nameof(MentorAgreementRule), SignedTooLate, $"The agreement was signed on {agreement.SignedOn:uuuu-MM-dd}, after {by:uuuu-MM-dd}.", mentor.Value));
        }

        return violations;
    }
}
