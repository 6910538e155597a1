using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Matching;

/// <summary>A mentee never gets a mentor they excluded (a conflict of interest).</summary>
public static class MentorNotExcludedRule
{
    /// <summary>The code of the violation.</summary>
    public const string Code = "matching.mentor-excluded";

    /// <summary>Checks the rule.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="mentee">The mentee.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static RuleViolation? Check(MatchingMentor mentor, MatchingMentee mentee)
    {
        Guard.Against.Null(mentor);
        Guard.Against.Null(mentee);
        return mentee.Excludes(mentor.Id)
            ? RuleViolation.Create(nameof(MentorNotExcludedRule), Code, PairSubject.Of(mentor, mentee))
            : null;
    }
}
