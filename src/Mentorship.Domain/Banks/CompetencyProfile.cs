using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Banks;

/// <summary>
/// A mentor's competencies: topic → level, at least one, valid by construction (see <see cref="CompetencyRule"/>).
/// Enumerated in the order given.
/// </summary>
public sealed class CompetencyProfile
{
    private readonly CompetencyClaim[] _claims;
    private readonly Dictionary<TopicCode, CompetencyLevel> _levels;

    private CompetencyProfile(CompetencyClaim[] claims)
    {
        _claims = claims;
        _levels = claims.ToDictionary(c => c.Topic, c => (CompetencyLevel)c.Level);
    }

    /// <summary>The competencies in the order given.</summary>
    public IReadOnlyList<CompetencyClaim> Claims => _claims;

    /// <summary>The topics covered.</summary>
    public IEnumerable<TopicCode> Topics => _claims.Select(c => c.Topic);

    /// <summary>Creates a profile after checking <see cref="CompetencyRule"/>.</summary>
    /// <param name="claims">The claims.</param>
    /// <param name="catalog">The organisation's catalog.</param>
    /// <param name="subject">The mentor's identifier, for violations.</param>
    /// <returns>The profile, or a rejection naming every broken part of the rule.</returns>
    public static Outcome<CompetencyProfile> Create(IEnumerable<CompetencyClaim> claims, RequestTopicCatalog catalog, string? subject = null)
    {
        var array = Guard.Against.Null(claims).ToArray();
        var violations = CompetencyRule.Check(array, catalog, subject);
        return violations.Count > 0 ? new Rejection(violations) : new CompetencyProfile(array);
    }

    /// <summary>The level on a topic, or <see langword="null"/> when the mentor does not cover it.</summary>
    /// <param name="topic">The topic.</param>
    /// <returns>The level or null.</returns>
    public CompetencyLevel? LevelOf(TopicCode topic) => _levels.TryGetValue(topic, out var level) ? level : null;

    /// <summary>Whether the mentor covers a topic.</summary>
    /// <param name="topic">The topic.</param>
    /// <returns><see langword="true"/> if covered at any level.</returns>
    public bool Covers(TopicCode topic) => _levels.ContainsKey(topic);

    /// <inheritdoc />
    public override string ToString() => string.Join(";", _claims.Select(c => $"{c.Topic}:{c.Level}"));
}
