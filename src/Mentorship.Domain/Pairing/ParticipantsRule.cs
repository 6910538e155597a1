using System;
using System.Collections.Generic;
using System.Linq;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// Who may form a unit: at least one mentee, no mentee twice, nobody mentors themselves, no anonymised
/// identifier, and a variant of the educator – educator form only with that form.
/// </summary>
public static class ParticipantsRule
{
    /// <summary>Code: no mentee named.</summary>
    public const string NoMentee = "participants.no-mentee";

    /// <summary>Code: a mentee named twice.</summary>
    public const string MenteeRepeated = "participants.mentee-repeated";

    /// <summary>Code: the mentor is among the mentees.</summary>
    public const string MentorIsMentee = "participants.mentor-is-mentee";

    /// <summary>Code: an identifier the register uses for an anonymised person.</summary>
    public const string AnonymisedIdentifier = "participants.anonymised-identifier";

    /// <summary>Code: a variant of the educator – educator form stated with another form by participants.</summary>
    public const string VariantWithoutEducatorPair = "participants.variant-needs-educator-to-educator";

    /// <summary>Checks the participants of a proposal.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="mentees">The mentees.</param>
    /// <param name="participants">The form by participants.</param>
    /// <param name="variant">The variant, if stated.</param>
    /// <param name="isAnonymised">Whether an identifier is one of the register's anonymised ones.</param>
    /// <returns>The violations, empty when the rule holds.</returns>
    public static IReadOnlyList<RuleViolation> Check(
        EducatorId mentor,
        IReadOnlyList<EducatorId> mentees,
        ParticipantsForm participants,
        EducatorPairVariant? variant,
        Func<EducatorId, bool> isAnonymised)
    {
        var violations = new List<RuleViolation>();
        if (mentees.Count == 0)
        {
            violations.Add(RuleViolation.Create(nameof(ParticipantsRule), NoMentee, mentor.Value));
        }

        foreach (var repeated in mentees.GroupBy(m => m).Where(g => g.Count() > 1))
        {
            violations.Add(RuleViolation.Create(nameof(ParticipantsRule), MenteeRepeated, repeated.Key.Value, ViolationArgument.Identifier("mentee", repeated.Key.Value)));
        }

        if (mentees.Contains(mentor))
        {
            violations.Add(RuleViolation.Create(nameof(ParticipantsRule), MentorIsMentee, mentor.Value, ViolationArgument.Identifier("mentor", mentor.Value)));
        }

        foreach (var id in mentees.Prepend(mentor).Distinct().Where(isAnonymised))
        {
            violations.Add(Anonymised(id));
        }

        if (variant is not null && participants != ParticipantsForm.EducatorToEducator)
        {
            violations.Add(RuleViolation.Create(
                nameof(ParticipantsRule),
                VariantWithoutEducatorPair,
                mentor.Value,
                ViolationArgument.Term("variant", variant.Value),
                ViolationArgument.Term("participants", participants)));
        }

        return violations;
    }

    /// <summary>The violation of an identifier the register uses for an anonymised person.</summary>
    internal static RuleViolation Anonymised(EducatorId person) =>
        RuleViolation.Create(nameof(ParticipantsRule), AnonymisedIdentifier, person.Value, ViolationArgument.Identifier("person", person.Value));
}
