using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Matching;

/// <summary>
/// A mentor as the matcher sees them: identifier, organisation, competencies (topic → level 1 basic,
/// 2 confident, 3 expert), the places offered, subjects taught, whether a group form is acceptable, and,
/// for the stable mode only, the mentees the mentor ranked. Immutable.
/// </summary>
/// <remarks>Holds no personal data: hosts keep names elsewhere and join on <see cref="Id"/>.</remarks>
public sealed class MatchingMentor
{
    /// <summary>The lowest competency level (basic).</summary>
    public const int MinLevel = 1;

    /// <summary>The highest competency level (expert).</summary>
    public const int MaxLevel = 3;

    private readonly SortedDictionary<TopicCode, int> _competencies;
    private readonly string[] _subjects;
    private readonly EducatorId[] _preferredMentees;

    /// <summary>Creates a mentor.</summary>
    /// <param name="id">The identifier (the same as in the mentee bank for a person in both banks).</param>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="competencies">Topic → level, each level from <see cref="MinLevel"/> to <see cref="MaxLevel"/>.</param>
    /// <param name="capacity">
    /// The places offered, 0 or more. Pairs already in place that are given to the problem are counted against
    /// it; without them it is the number of free places.
    /// </param>
    /// <param name="subjects">The subjects taught (trimmed, compared case-insensitively); optional.</param>
    /// <param name="preferredMentees">
    /// For the stable mode: mentees in the mentor's order of preference, best first; optional. Mentees not
    /// listed follow in the order of their score.
    /// </param>
    /// <param name="acceptsGroups">Whether the mentor accepts the group form (one mentor, several mentees).</param>
    /// <exception cref="ArgumentException">An identifier or topic is the default value, or a ranking repeats a mentee.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A level is outside 1–3 or the capacity is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="competencies"/> is null.</exception>
    public MatchingMentor(
        EducatorId id,
        OrganizationId organizationId,
        IEnumerable<KeyValuePair<TopicCode, int>> competencies,
        int capacity,
        IEnumerable<string>? subjects = null,
        IEnumerable<EducatorId>? preferredMentees = null,
        bool acceptsGroups = true)
    {
        Guard.Against.Default(id);
        Guard.Against.Default(organizationId);
        Guard.Against.Null(competencies);
        Guard.Against.Negative(capacity);
        Id = id;
        OrganizationId = organizationId;
        _competencies = new SortedDictionary<TopicCode, int>();
        foreach (var pair in competencies)
        {
            if (pair.Key == default)
            {
                throw new ArgumentException("A competency names a well-formed topic code.", nameof(competencies));
            }

            Guard.Against.OutOfRange(pair.Value, nameof(competencies), MinLevel, MaxLevel);
            if (_competencies.ContainsKey(pair.Key))
            {
                throw new ArgumentException($"The topic '{pair.Key}' is listed twice.", nameof(competencies));
            }

            _competencies.Add(pair.Key, pair.Value);
        }

        Capacity = capacity;
        _subjects = Normalization.Subjects(subjects);
        _preferredMentees = Normalization.Ranking(preferredMentees, nameof(preferredMentees));
        AcceptsGroups = acceptsGroups;
    }

    /// <summary>The identifier.</summary>
    public EducatorId Id { get; }

    /// <summary>The organisation.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>Topic → level (1 basic, 2 confident, 3 expert), sorted by topic code.</summary>
    public IReadOnlyDictionary<TopicCode, int> Competencies => _competencies;

    /// <summary>The places offered; see the constructor for how pairs already in place count.</summary>
    public int Capacity { get; }

    /// <summary>The subjects taught: trimmed, lower-case, distinct, sorted ordinally.</summary>
    public IReadOnlyList<string> Subjects => _subjects;

    /// <summary>For the stable mode: the mentees the mentor ranked, best first; often empty.</summary>
    public IReadOnlyList<EducatorId> PreferredMentees => _preferredMentees;

    /// <summary>Whether the mentor accepts the group form; group proposals only name such mentors.</summary>
    public bool AcceptsGroups { get; }

    /// <summary>The mentor's level in a topic, or 0 when the mentor does not have it.</summary>
    /// <param name="topic">The topic.</param>
    /// <returns>0 to 3.</returns>
    public int LevelIn(TopicCode topic) => _competencies.TryGetValue(topic, out var level) ? level : 0;

    /// <inheritdoc />
    public override string ToString() => $"Mentor {Id}";
}
