using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Matching;

/// <summary>
/// A mentor takes mentees of their own organisation only, unless network (inter-organisation) mentoring is on.
/// </summary>
public static class SameOrganizationRule
{
    /// <summary>The code of the violation.</summary>
    public const string Code = "matching.other-organization";

    /// <summary>Checks the rule.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="mentee">The mentee.</param>
    /// <param name="network">Whether network mentoring is on.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static RuleViolation? Check(MatchingMentor mentor, MatchingMentee mentee, bool network)
    {
        Guard.Against.Null(mentor);
        Guard.Against.Null(mentee);
        return network || mentor.OrganizationId == mentee.OrganizationId
            ? null
            : RuleViolation.Create(
                nameof(SameOrganizationRule),
                Code,
                PairSubject.Of(mentor, mentee),
                ViolationArgument.Identifier("mentorOrganization", mentor.OrganizationId.Value),
                ViolationArgument.Identifier("menteeOrganization", mentee.OrganizationId.Value));
    }
}
