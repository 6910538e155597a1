using System.Collections.Generic;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Banks;

/// <summary>
/// A mentee's request list holds 1 to <see cref="MaxRequests"/> distinct topics, all known to the
/// organisation's catalog, most important first.
/// </summary>
public static class RequestListRule
{
    /// <summary>The most requests a list may hold (5).</summary>
    public const int MaxRequests = 5;

    /// <summary>Code: the list is empty.</summary>
    public const string Empty = "request-list.empty";

    /// <summary>Code: more than <see cref="MaxRequests"/> topics.</summary>
    public const string TooMany = "request-list.too-many";

    /// <summary>Code: a topic appears twice.</summary>
    public const string RepeatedTopic = "request-list.repeated-topic";

    /// <summary>Code: a topic is not in the catalog.</summary>
    public const string UnknownTopic = "request-list.unknown-topic";

    /// <summary>Checks a list of topics.</summary>
    /// <param name="topics">The topics, most important first.</param>
    /// <param name="catalog">The organisation's catalog.</param>
    /// <param name="subject">The identifier of the mentee, for the violation.</param>
    /// <returns>Every broken part of the rule; empty when the list is valid.</returns>
    public static IReadOnlyList<RuleViolation> Check(IReadOnlyList<TopicCode> topics, RequestTopicCatalog catalog, string? subject = null)
    {
        Guard.Against.Null(topics);
        Guard.Against.Null(catalog);
        var violations = new List<RuleViolation>();
        if (topics.Count == 0)
        {
            violations.Add(Violation(Empty, subject));
            return violations;
        }

        if (topics.Count > MaxRequests)
        {
            violations.Add(Violation(TooMany, subject, ViolationArgument.Number("count", topics.Count), ViolationArgument.Number("max", MaxRequests)));
        }

        var seen = new HashSet<TopicCode>();
        for (var i = 0; i < topics.Count; i++)
        {
            var topic = topics[i];
            if (!seen.Add(topic))
            {
                violations.Add(Violation(RepeatedTopic, subject, TopicArgument(topic, catalog), ViolationArgument.Number("position", i + 1)));
            }
            else if (!catalog.Contains(topic))
            {
                violations.Add(Violation(UnknownTopic, subject, TopicArgument(topic, catalog), ViolationArgument.Number("position", i + 1)));
            }
        }

        return violations;
    }

    private static RuleViolation Violation(string code, string? subject, params ViolationArgument[] arguments) =>
        RuleViolation.Create(nameof(RequestListRule), code, subject, arguments);

    /// <summary>A topic as a violation's argument, with its title if the catalog has it.</summary>
    internal static ViolationArgument TopicArgument(TopicCode topic, RequestTopicCatalog catalog) =>
        ViolationArgument.Topic("topic", topic.Value, catalog.TryGet(topic, out var known) ? known.Title : null);
}
