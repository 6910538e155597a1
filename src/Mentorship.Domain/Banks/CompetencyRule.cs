using System.Collections.Generic;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Banks;

/// <summary>
/// A mentor's competencies name at least one topic of the catalog, each once, each at a level from 1 to 3.
/// </summary>
public static class CompetencyRule
{
    /// <summary>Code: no competency given.</summary>
    public const string Empty = "competencies.empty";

    /// <summary>Code: a level outside 1–3.</summary>
    public const string LevelOutOfRange = "competencies.level-out-of-range";

    /// <summary>Code: a topic appears twice.</summary>
    public const string RepeatedTopic = "competencies.repeated-topic";

    /// <summary>Code: a topic is not in the catalog.</summary>
    public const string UnknownTopic = "competencies.unknown-topic";

    /// <summary>Whether a number is a valid level.</summary>
    /// <param name="level">The number.</param>
    /// <returns><see langword="true"/> for 1, 2 or 3.</returns>
    public static bool IsValidLevel(int level) => level is >= (int)CompetencyLevel.Basic and <= (int)CompetencyLevel.Expert;

    /// <summary>Checks the claims.</summary>
    /// <param name="claims">The claims.</param>
    /// <param name="catalog">The organisation's catalog.</param>
    /// <param name="subject">The mentor's identifier, for the violation.</param>
    /// <returns>Every broken part of the rule; empty when valid.</returns>
    public static IReadOnlyList<RuleViolation> Check(IReadOnlyList<CompetencyClaim> claims, RequestTopicCatalog catalog, string? subject = null)
    {
        Guard.Against.Null(claims);
        Guard.Against.Null(catalog);
        var violations = new List<RuleViolation>();
        if (claims.Count == 0)
        {
            violations.Add(Violation(Empty, subject));
            return violations;
        }

        var seen = new HashSet<TopicCode>();
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = Guard.Against.Null(claims[i]);
            if (!seen.Add(claim.Topic))
            {
                violations.Add(Violation(RepeatedTopic, subject, RequestListRule.TopicArgument(claim.Topic, catalog), ViolationArgument.Number("position", i + 1)));
                continue;
            }

            if (!catalog.Contains(claim.Topic))
            {
                violations.Add(Violation(UnknownTopic, subject, RequestListRule.TopicArgument(claim.Topic, catalog), ViolationArgument.Number("position", i + 1)));
            }

            if (!IsValidLevel(claim.Level))
            {
                violations.Add(Violation(LevelOutOfRange, subject, ViolationArgument.Number("level", claim.Level), RequestListRule.TopicArgument(claim.Topic, catalog)));
            }
        }

        return violations;
    }

    private static RuleViolation Violation(string code, string? subject, params ViolationArgument[] arguments) =>
        RuleViolation.Create(nameof(CompetencyRule), code, subject, arguments);
}
