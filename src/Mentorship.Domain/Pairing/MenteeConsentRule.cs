using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>Every mentee of a unit has given written consent to take part, signed in time; consents come from mentees of the unit only.</summary>
public static class MenteeConsentRule
{
    /// <summary>Code: a mentee's consent is missing.</summary>
    public const string Missing = "mentee-consent.missing";

    /// <summary>Code: the person is not a mentee of the unit.</summary>
    public const string NotAMentee = "mentee-consent.not-a-mentee";

    /// <summary>Code: a consent was signed after the date it is needed by.</summary>
    public const string SignedTooLate = "mentee-consent.signed-too-late";

    /// <summary>Checks that a person giving consent is a mentee of the unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="person">The person.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? CheckIsMentee(MentoringUnit unit, EducatorId person) =>
        Guard.Against.Null(unit).Mentees.Contains(person)
            ? null
            : RuleViolation.Create(nameof(MenteeConsentRule), NotAMentee, person.Value, ViolationArgument.Identifier("person", person.Value), ViolationArgument.Identifier("unit", unit.Id.Value));

    /// <summary>Checks one consent against the date it is needed by.</summary>
    /// <param name="mentee">The mentee.</param>
    /// <param name="consent">The consent.</param>
    /// <param name="signedBy">The latest date it may be signed (the order's).</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? CheckSignedBy(EducatorId mentee, MenteeConsent consent, LocalDate signedBy) =>
        Guard.Against.Null(consent).SignedOn <= signedBy
            ? null
            : SignedLate(mentee, consent.SignedOn, signedBy);

    /// <summary>Checks the consents of every mentee of a unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="signedBy">The latest date they may be signed (the order's), if one applies.</param>
    /// <returns>The violations, empty when the rule holds.</returns>
    public static IReadOnlyList<RuleViolation> Check(MentoringUnit unit, LocalDate? signedBy = null)
    {
        Guard.Against.Null(unit);
        var violations = new List<RuleViolation>();
        foreach (var mentee in unit.Mentees)
        {
            if (!unit.MenteeConsents.TryGetValue(mentee, out var consent))
            {
                violations.Add(RuleViolation.Create(nameof(MenteeConsentRule), Missing, mentee.Value, ViolationArgument.Identifier("mentee", mentee.Value), ViolationArgument.Identifier("unit", unit.Id.Value)));
            }
            else if (signedBy is { } by && consent.SignedOn > by)
            {
                violations.Add(SignedLate(mentee, consent.SignedOn, by));
            }
        }

        return violations;
    }

    private static RuleViolation SignedLate(EducatorId mentee, LocalDate signed, LocalDate by) =>
        RuleViolation.Create(
            nameof(MenteeConsentRule), SignedTooLate, mentee.Value, ViolationArgument.Identifier("mentee", mentee.Value), ViolationArgument.Date("signed", signed), ViolationArgument.Date("by", by));
}
