using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Matching;

/// <summary>A pair scores at least the policy's minimum (<see cref="MatchingPolicy.MinimumScore"/>).</summary>
public static class MinimumScoreRule
{
    /// <summary>The code of the violation.</summary>
    public const string Code = "matching.score-below-minimum";

    /// <summary>Checks the rule.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="mentee">The mentee.</param>
    /// <param name="minimumScore">The minimum, 0 or more.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="minimumScore"/> is negative.</exception>
    public static RuleViolation? Check(MatchingMentor mentor, MatchingMentee mentee, int minimumScore)
    {
        Guard.Against.Negative(minimumScore);
        var score = MatchingScore.Of(mentor, mentee);
        return score >= minimumScore
            ? null
            : RuleViolation.Create(
                nameof(MinimumScoreRule),
                Code,
                PairSubject.Of(mentor, mentee),
                ViolationArgument.Number("score", score),
                ViolationArgument.Number("minimum", minimumScore));
    }
}
