using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Matching;

/// <summary>A mentor has at least one of the topics the mentee requested.</summary>
public static class MentorCoversRequestRule
{
    /// <summary>The code of the violation.</summary>
    public const string Code = "matching.no-request-covered";

    /// <summary>Whether the mentor has at least one requested topic.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="mentee">The mentee.</param>
    /// <returns><see langword="true"/> if a request is covered.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static bool Covers(MatchingMentor mentor, MatchingMentee mentee)
    {
        Guard.Against.Null(mentor);
        Guard.Against.Null(mentee);
        return mentee.Requests.Any(r => mentor.LevelIn(r) > 0);
    }

    /// <summary>Checks the rule.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="mentee">The mentee.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static RuleViolation? Check(MatchingMentor mentor, MatchingMentee mentee) =>
        Covers(mentor, mentee)
            ? null
            : new RuleViolation(
                nameof(MentorCoversRequestRule),
                Code,
                $"The mentor has none of the requested topics ({string.Join(", ", mentee.Requests)}).",
                PairSubject.Of(mentor, mentee));
}
