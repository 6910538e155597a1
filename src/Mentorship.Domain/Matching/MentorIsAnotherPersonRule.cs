using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Matching;

/// <summary>Nobody mentors themselves: a person in both banks (reverse mentoring) is never paired with themselves.</summary>
public static class MentorIsAnotherPersonRule
{
    /// <summary>The code of the violation.</summary>
    public const string Code = "matching.same-person";

    /// <summary>Checks the rule.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="mentee">The mentee.</param>
    /// <returns>The violation, or <see langword="null"/> when they are different people.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static RuleViolation? Check(MatchingMentor mentor, MatchingMentee mentee)
    {
        Guard.Against.Null(mentor);
        Guard.Against.Null(mentee);
        return mentor.Id == mentee.Id
            ? RuleViolation.Create(nameof(MentorIsAnotherPersonRule), Code, PairSubject.Of(mentor, mentee))
            : null;
    }
}
