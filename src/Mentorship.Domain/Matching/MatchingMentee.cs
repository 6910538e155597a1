using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Matching;

/// <summary>
/// A mentee as the matcher sees them: identifier, organisation, the ordered request list (the first is the
/// key request), subjects taught, mentors excluded for a conflict of interest, and, for the stable mode
/// only, the mentors the mentee ranked (after flash meetings, say). Immutable.
/// </summary>
/// <remarks>Holds no personal data: hosts keep names elsewhere and join on <see cref="Id"/>.</remarks>
public sealed class MatchingMentee
{
    /// <summary>The most requests a mentee may list.</summary>
    public const int MaxRequests = 5;

    private readonly TopicCode[] _requests;
    private readonly string[] _subjects;
    private readonly EducatorId[] _excludedMentors;
    private readonly EducatorId[] _preferredMentors;

    /// <summary>Creates a mentee.</summary>
    /// <param name="id">The identifier (the same as in the mentor bank for a person in both banks).</param>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="requests">1 to <see cref="MaxRequests"/> distinct topics, most important first.</param>
    /// <param name="subjects">The subjects taught (trimmed, compared case-insensitively); optional.</param>
    /// <param name="excludedMentors">Mentors the mentee must not get (conflict of interest); optional.</param>
    /// <param name="preferredMentors">
    /// For the stable mode: mentors in the mentee's order of preference, best first; optional. Mentors not
    /// listed follow in the order of their score.
    /// </param>
    /// <exception cref="ArgumentException">
    /// An identifier is the default value; the request list is empty, longer than <see cref="MaxRequests"/>,
    /// repeats a topic or holds a default code; a ranking repeats a mentor.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="requests"/> is null.</exception>
    public MatchingMentee(
        EducatorId id,
        OrganizationId organizationId,
        IEnumerable<TopicCode> requests,
        IEnumerable<string>? subjects = null,
        IEnumerable<EducatorId>? excludedMentors = null,
        IEnumerable<EducatorId>? preferredMentors = null)
    {
        Guard.Against.Default(id);
        Guard.Against.Default(organizationId);
        Guard.Against.Null(requests);
        Id = id;
        OrganizationId = organizationId;
        _requests = requests.ToArray();
        if (_requests.Length is 0 or > MaxRequests)
        {
            throw new ArgumentException($"A mentee lists 1 to {MaxRequests} requests.", nameof(requests));
        }

        if (_requests.Any(r => r == default) || _requests.Distinct().Count() != _requests.Length)
        {
            throw new ArgumentException("The requests are distinct, well-formed topic codes.", nameof(requests));
        }

        _subjects = Normalization.Subjects(subjects);
        _excludedMentors = Normalization.IdSet(excludedMentors, nameof(excludedMentors));
        _preferredMentors = Normalization.Ranking(preferredMentors, nameof(preferredMentors));
    }

    /// <summary>The identifier.</summary>
    public EducatorId Id { get; }

    /// <summary>The organisation.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>The requests, most important first; never empty, at most <see cref="MaxRequests"/>.</summary>
    public IReadOnlyList<TopicCode> Requests => _requests;

    /// <summary>The key request: the first of <see cref="Requests"/>.</summary>
    public TopicCode KeyRequest => _requests[0];

    /// <summary>The subjects taught: trimmed, lower-case, distinct, sorted ordinally.</summary>
    public IReadOnlyList<string> Subjects => _subjects;

    /// <summary>The mentors excluded for a conflict of interest, distinct and sorted.</summary>
    public IReadOnlyList<EducatorId> ExcludedMentors => _excludedMentors;

    /// <summary>For the stable mode: the mentors the mentee ranked, best first; often empty.</summary>
    public IReadOnlyList<EducatorId> PreferredMentors => _preferredMentors;

    /// <summary>Whether the mentee excluded the mentor.</summary>
    /// <param name="mentorId">The mentor.</param>
    /// <returns><see langword="true"/> if excluded.</returns>
    public bool Excludes(EducatorId mentorId) => Array.BinarySearch(_excludedMentors, mentorId) >= 0;

    /// <summary>The 1-based rank of a topic in the request list, or 0 if not requested.</summary>
    /// <param name="topic">The topic.</param>
    /// <returns>The rank.</returns>
    public int RankOf(TopicCode topic) => Array.IndexOf(_requests, topic) + 1;

    /// <inheritdoc />
    public override string ToString() => $"Mentee {Id}";
}
