using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// A group (the group or team form) has at least 2 mentees and at most the policy's largest group; every other form
/// is one mentor with one mentee.
/// </summary>
public static class GroupSizeRule
{
    /// <summary>Code: a group with fewer than 2 mentees.</summary>
    public const string GroupTooSmall = "group-size.too-small";

    /// <summary>Code: a group larger than the policy allows.</summary>
    public const string GroupTooLarge = "group-size.too-large";

    /// <summary>Code: an individual form with more than one mentee.</summary>
    public const string IndividualNeedsOneMentee = "group-size.individual-needs-one-mentee";

    /// <summary>The least size of a group.</summary>
    public const int MinGroupSize = 2;

    /// <summary>Whether a form is a group form (one mentor, several mentees): <see cref="MentorshipForm.Group"/> and <see cref="MentorshipForm.Team"/>.</summary>
    /// <param name="form">The form.</param>
    /// <returns><see langword="true"/> for a group form.</returns>
    public static bool IsGroupForm(MentorshipForm form) => form is MentorshipForm.Group or MentorshipForm.Team;

    /// <summary>Checks the number of mentees for a form.</summary>
    /// <param name="form">The form.</param>
    /// <param name="menteeCount">The number of mentees (at least 1; no mentee at all is <see cref="ParticipantsRule"/>'s).</param>
    /// <param name="policy">The policy.</param>
    /// <param name="subject">The unit or mentor concerned.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(MentorshipForm form, int menteeCount, PairingPolicy policy, string? subject = null)
    {
        if (menteeCount == 0)
        {
            return null;
        }

        if (IsGroupForm(form))
        {
            if (menteeCount < MinGroupSize)
            {
                return RuleViolation.Create(nameof(GroupSizeRule), GroupTooSmall, subject, ViolationArgument.Number("min", MinGroupSize), ViolationArgument.Number("count", menteeCount));
            }

            return menteeCount > policy.MaxGroupSize
                ? RuleViolation.Create(nameof(GroupSizeRule), GroupTooLarge, subject, ViolationArgument.Number("max", policy.MaxGroupSize), ViolationArgument.Number("count", menteeCount))
                : null;
        }

        return menteeCount == 1
            ? null
            : RuleViolation.Create(nameof(GroupSizeRule), IndividualNeedsOneMentee, subject, ViolationArgument.Term("form", form), ViolationArgument.Number("count", menteeCount));
    }
}
