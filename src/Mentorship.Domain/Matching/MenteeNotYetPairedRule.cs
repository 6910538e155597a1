using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Matching;

/// <summary>A mentee whose pair already in place is kept is not matched again.</summary>
public static class MenteeNotYetPairedRule
{
    /// <summary>The code of the violation.</summary>
    public const string Code = "matching.mentee-already-paired";

    /// <summary>Checks the rule.</summary>
    /// <param name="problem">The problem (its kept pairs).</param>
    /// <param name="mentee">The mentee.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static RuleViolation? Check(MatchingProblem problem, MatchingMentee mentee)
    {
        Guard.Against.Null(problem);
        Guard.Against.Null(mentee);
        var kept = problem.KeptPairs.FirstOrDefault(p => p.Mentee == mentee.Id);
        return kept is null
            ? null
            : RuleViolation.Create(
                nameof(MenteeNotYetPairedRule), Code, mentee.Id.Value, ViolationArgument.Identifier("mentor", kept.Mentor.Value));
    }
}
