using System.Collections.Generic;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Matching;

/// <summary>
/// The hard rules of the specification for one pair, in order: different people; same organisation unless
/// network; not excluded; a free place; at least one request covered; the minimum score. The solvers use a
/// fast equivalent form; this one explains.
/// </summary>
internal static class MatchingEligibility
{
    /// <summary>Every rule the pair breaks, in the order above; empty when the mentor may take the mentee.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="mentee">The mentee.</param>
    /// <param name="policy">The policy (network mode, minimum score).</param>
    /// <param name="freePlaces">The mentor's free places.</param>
    /// <returns>The violations.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<RuleViolation> Check(MatchingMentor mentor, MatchingMentee mentee, MatchingPolicy policy, int freePlaces)
    {
        Guard.Against.Null(policy);
        var violations = new List<RuleViolation>(CheckIgnoringPlaces(mentor, mentee, policy));
        var full = MentorHasFreePlaceRule.Check(mentor, freePlaces);
        if (full is not null)
        {
            violations.Insert(FreePlaceIndex(violations), full);
        }

        return violations;
    }

    /// <summary>Every rule the pair breaks apart from the free place: whether the mentor could take the mentee at all.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="mentee">The mentee.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The violations, in the order of <see cref="Check"/>.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<RuleViolation> CheckIgnoringPlaces(MatchingMentor mentor, MatchingMentee mentee, MatchingPolicy policy)
    {
        Guard.Against.Null(mentor);
        Guard.Against.Null(mentee);
        Guard.Against.Null(policy);
        var violations = new List<RuleViolation>();
        Add(violations, MentorIsAnotherPersonRule.Check(mentor, mentee));
        Add(violations, SameOrganizationRule.Check(mentor, mentee, policy.Network));
        Add(violations, MentorNotExcludedRule.Check(mentor, mentee));
        var covers = MentorCoversRequestRule.Check(mentor, mentee);
        Add(violations, covers);
        if (covers is null)
        {
            Add(violations, MinimumScoreRule.Check(mentor, mentee, policy.MinimumScore));
        }

        return violations;
    }

    private static int FreePlaceIndex(List<RuleViolation> violations)
    {
        var index = 0;
        while (index < violations.Count
            && violations[index].Rule is nameof(MentorIsAnotherPersonRule) or nameof(SameOrganizationRule) or nameof(MentorNotExcludedRule))
        {
            index++;
        }

        return index;
    }

    private static void Add(List<RuleViolation> violations, RuleViolation? violation)
    {
        if (violation is not null)
        {
            violations.Add(violation);
        }
    }
}
