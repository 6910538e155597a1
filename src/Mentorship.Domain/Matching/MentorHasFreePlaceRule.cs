using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Matching;

/// <summary>A mentor takes a new mentee only into a free place.</summary>
public static class MentorHasFreePlaceRule
{
    /// <summary>The code of the violation.</summary>
    public const string Code = "matching.mentor-full";

    /// <summary>Checks the rule.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="freePlaces">The mentor's places still free (capacity minus the pairs in place).</param>
    /// <returns>The violation, or <see langword="null"/> when a place is free.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="mentor"/> is null.</exception>
    public static RuleViolation? Check(MatchingMentor mentor, int freePlaces)
    {
        Guard.Against.Null(mentor);
        return freePlaces > 0
            ? null
            : RuleViolation.Create(nameof(MentorHasFreePlaceRule), Code, mentor.Id.Value);
    }
}
