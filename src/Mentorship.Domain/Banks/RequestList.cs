using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Banks;

/// <summary>
/// A mentee's professional requests (перечень запросов): 1 to 5 distinct topics, most important first;
/// the first is the key request. Valid by construction: see <see cref="RequestListRule"/>.
/// </summary>
public sealed class RequestList
{
    private readonly TopicCode[] _topics;

    private RequestList(TopicCode[] topics) => _topics = topics;

    /// <summary>The topics, most important first.</summary>
    public IReadOnlyList<TopicCode> Topics => _topics;

    /// <summary>The key request: the first topic.</summary>
    public TopicCode KeyRequest => _topics[0];

    /// <summary>How many topics.</summary>
    public int Count => _topics.Length;

    /// <summary>Creates a list after checking <see cref="RequestListRule"/>.</summary>
    /// <param name="topics">The topics, most important first.</param>
    /// <param name="catalog">The organisation's catalog.</param>
    /// <param name="subject">The mentee's identifier, for violations.</param>
    /// <returns>The list, or a rejection naming every broken part of the rule.</returns>
    public static Outcome<RequestList> Create(IEnumerable<TopicCode> topics, RequestTopicCatalog catalog, string? subject = null)
    {
        var array = Guard.Against.Null(topics).ToArray();
        var violations = RequestListRule.Check(array, catalog, subject);
        return violations.Count > 0 ? new Rejection(violations) : new RequestList(array);
    }

    /// <summary>The 1-based rank of a topic, or 0 when the list does not hold it.</summary>
    /// <param name="topic">The topic.</param>
    /// <returns>The rank.</returns>
    public int RankOf(TopicCode topic) => System.Array.IndexOf(_topics, topic) + 1;

    /// <inheritdoc />
    public override string ToString() => string.Join(";", _topics);
}
