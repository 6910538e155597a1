using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Banks;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Matching;

/// <summary>
/// One matching problem: the mentees to match, the mentors, the pairs already in place and the policy.
/// Inputs are put in identifier order on the way in, so the row order a host supplies never changes the result.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class MatchingProblem
{
    private readonly MatchingMentee[] _mentees;
    private readonly MatchingMentor[] _mentors;
    private readonly ExistingPair[] _existingPairs;
    private readonly Dictionary<EducatorId, int> _menteeIndex;
    private readonly Dictionary<EducatorId, int> _mentorIndex;

    /// <summary>Creates a problem.</summary>
    /// <param name="mentees">The mentees; identifiers unique.</param>
    /// <param name="mentors">The mentors; identifiers unique.</param>
    /// <param name="policy">The policy; <see cref="MatchingPolicy.Default"/> when null.</param>
    /// <param name="existingPairs">
    /// Pairs already in place: each names a known mentor; a mentee appears in one pair at most (the mentee
    /// may be absent from <paramref name="mentees"/>: the place still counts).
    /// </param>
    /// <exception cref="ArgumentNullException">A list or an element is null.</exception>
    /// <exception cref="ArgumentException">An identifier repeats, or an existing pair is malformed.</exception>
    public MatchingProblem(
        IEnumerable<MatchingMentee> mentees,
        IEnumerable<MatchingMentor> mentors,
        MatchingPolicy? policy = null,
        IEnumerable<ExistingPair>? existingPairs = null)
    {
        Guard.Against.Null(mentees);
        Guard.Against.Null(mentors);
        _mentees = mentees.Select(m => Guard.Against.Null(m, nameof(mentees))).OrderBy(m => m.Id).ToArray();
        _mentors = mentors.Select(m => Guard.Against.Null(m, nameof(mentors))).OrderBy(m => m.Id).ToArray();
        _menteeIndex = Index(_mentees.Select(m => m.Id), nameof(mentees));
        _mentorIndex = Index(_mentors.Select(m => m.Id), nameof(mentors));
        Policy = policy ?? MatchingPolicy.Default;
        _existingPairs = (existingPairs ?? [])
            .Select(p => Guard.Against.Null(p, nameof(existingPairs)))
            .OrderBy(p => p.Mentor)
            .ThenBy(p => p.Mentee)
            .ToArray();
        var seenMentees = new HashSet<EducatorId>();
        foreach (var pair in _existingPairs)
        {
            if (!_mentorIndex.ContainsKey(pair.Mentor))
            {
                throw new ArgumentException($"The existing pair's mentor {pair.Mentor} is not among the mentors.", nameof(existingPairs));
            }

            if (pair.Mentor == pair.Mentee || !seenMentees.Add(pair.Mentee))
            {
                throw new ArgumentException($"The mentee {pair.Mentee} is in more than one existing pair, or with themselves.", nameof(existingPairs));
            }
        }
    }

    /// <summary>
    /// Builds the problem from an organisation's two banks: every mentee entry with its request list, subjects and
    /// excluded mentors; every mentor entry with its competencies, capacity and subjects.
    /// </summary>
    /// <param name="menteeBank">The mentee bank.</param>
    /// <param name="mentorBank">The mentor bank.</param>
    /// <param name="existingPairs">Pairs already in place (counted against the mentors' capacity when kept); optional.</param>
    /// <param name="policy">The policy; <see cref="MatchingPolicy.Default"/> when null.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentNullException">A bank is null.</exception>
    /// <exception cref="ArgumentException">An existing pair names a mentor outside the bank, or a mentee twice.</exception>
    public static MatchingProblem FromBanks(
        MenteeBank menteeBank, MentorBank mentorBank, IEnumerable<ExistingPair>? existingPairs = null, MatchingPolicy? policy = null) =>
        FromBanks([Guard.Against.Null(menteeBank)], [Guard.Against.Null(mentorBank)], existingPairs, policy);

    /// <summary>
    /// Builds the problem from the banks of several organisations (for network mentoring run by a municipal or
    /// regional centre). An educator in several banks of one kind must not appear twice.
    /// </summary>
    /// <param name="menteeBanks">The mentee banks.</param>
    /// <param name="mentorBanks">The mentor banks.</param>
    /// <param name="existingPairs">Pairs already in place; optional.</param>
    /// <param name="policy">The policy; <see cref="MatchingPolicy.Default"/> when null.</param>
    /// <returns>The problem.</returns>
    /// <exception cref="ArgumentNullException">A list or a bank is null.</exception>
    /// <exception cref="ArgumentException">An identifier repeats, or an existing pair is malformed.</exception>
    public static MatchingProblem FromBanks(
        IEnumerable<MenteeBank> menteeBanks,
        IEnumerable<MentorBank> mentorBanks,
        IEnumerable<ExistingPair>? existingPairs = null,
        MatchingPolicy? policy = null)
    {
        Guard.Against.Null(menteeBanks);
        Guard.Against.Null(mentorBanks);
        var mentees = menteeBanks.SelectMany(b => Guard.Against.Null(b, nameof(menteeBanks)).Entries).Select(e => new MatchingMentee(
            e.Id, e.Educator.OrganizationId, e.Requests.Topics, e.Educator.Subjects, e.ExcludedMentors));
        var mentors = mentorBanks.SelectMany(b => Guard.Against.Null(b, nameof(mentorBanks)).Entries).Select(e => new MatchingMentor(
            e.Id,
            e.Educator.OrganizationId,
            e.Competencies.Claims.Select(c => new KeyValuePair<TopicCode, int>(c.Topic, c.Level)),
            e.Capacity,
            e.Educator.Subjects));
        return new MatchingProblem(mentees, mentors, policy, existingPairs);
    }

    /// <summary>The mentees, in identifier order.</summary>
    public IReadOnlyList<MatchingMentee> Mentees => _mentees;

    /// <summary>The mentors, in identifier order.</summary>
    public IReadOnlyList<MatchingMentor> Mentors => _mentors;

    /// <summary>The pairs already in place, in identifier order (mentor, then mentee).</summary>
    public IReadOnlyList<ExistingPair> ExistingPairs => _existingPairs;

    /// <summary>The policy.</summary>
    public MatchingPolicy Policy { get; }

    /// <summary>The same problem under another policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The new problem.</returns>
    public MatchingProblem WithPolicy(MatchingPolicy policy) => new(_mentees, _mentors, Guard.Against.Null(policy), _existingPairs);

    /// <summary>The mentee with an identifier, if present.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The mentee, or <see langword="null"/>.</returns>
    public MatchingMentee? FindMentee(EducatorId id) => _menteeIndex.TryGetValue(id, out var i) ? _mentees[i] : null;

    /// <summary>The mentor with an identifier, if present.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The mentor, or <see langword="null"/>.</returns>
    public MatchingMentor? FindMentor(EducatorId id) => _mentorIndex.TryGetValue(id, out var j) ? _mentors[j] : null;

    /// <summary>
    /// The places of a mentor still free before matching: the capacity minus the pairs already in place when
    /// they are kept (never below 0).
    /// </summary>
    /// <param name="mentorId">The mentor.</param>
    /// <returns>The free places.</returns>
    /// <exception cref="ArgumentException">The mentor is not in the problem.</exception>
    public int FreePlacesOf(EducatorId mentorId)
    {
        if (!_mentorIndex.TryGetValue(mentorId, out var j))
        {
            throw new ArgumentException($"The mentor {mentorId} is not in the problem.", nameof(mentorId));
        }

        return FreePlaces()[j];
    }

    /// <summary>
    /// Solves the problem under its policy: in the optimal mode the exact optimum (most mentees matched, then the
    /// greatest total score), in the stable mode the mentee-optimal stable matching. The same problem gives the
    /// same result, whatever order the inputs came in.
    /// </summary>
    /// <returns>The explained result.</returns>
    public MatchingResult Solve() => Matcher.Solve(this, MatchingOptions.Default);

    /// <summary>
    /// Solves the problem as <see cref="Solve()"/> does, with options for how it runs (for instance on the calling
    /// thread only). The options never change the result.
    /// </summary>
    /// <param name="options">How the matching runs.</param>
    /// <returns>The explained result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public MatchingResult Solve(MatchingOptions options) => Matcher.Solve(this, Guard.Against.Null(options));

    /// <summary>The pairs kept from those already in place (none unless the policy keeps them).</summary>
    internal IEnumerable<ExistingPair> KeptPairs => Policy.KeepExistingPairs ? _existingPairs : [];

    /// <summary>The mentees still to be matched: all but those in kept pairs, in identifier order.</summary>
    internal MatchingMentee[] OpenMentees()
    {
        var kept = new HashSet<EducatorId>(KeptPairs.Select(p => p.Mentee));
        return kept.Count == 0 ? _mentees : _mentees.Where(m => !kept.Contains(m.Id)).ToArray();
    }

    /// <summary>Free places per mentor index.</summary>
    internal int[] FreePlaces()
    {
        var free = _mentors.Select(m => m.Capacity).ToArray();
        foreach (var pair in KeptPairs)
        {
            var j = _mentorIndex[pair.Mentor];
            free[j] = Math.Max(0, free[j] - 1);
        }

        return free;
    }

    /// <summary>The index of a mentor, or -1.</summary>
    internal int MentorIndexOf(EducatorId id) => _mentorIndex.TryGetValue(id, out var j) ? j : -1;

    /// <summary>The fast form of the open part of the problem, with every eligible pair materialised.</summary>
    internal MatchingGraph BuildGraph() =>
        MatchingGraph.Build(OpenMentees(), _mentors, FreePlaces(), Policy.Network, Policy.MinimumScore);

    /// <summary>The open part of the problem by index, ready to score in either direction.</summary>
    /// <param name="open">The open mentees (<see cref="OpenMentees"/>).</param>
    internal MatchingIndex BuildIndex(MatchingMentee[] open) =>
        MatchingIndex.Build(open, _mentors, Policy.Network, Policy.MinimumScore);

    private static Dictionary<EducatorId, int> Index(IEnumerable<EducatorId> ids, string parameterName)
    {
        var index = new Dictionary<EducatorId, int>();
        foreach (var id in ids)
        {
            if (index.ContainsKey(id))
            {
                throw new ArgumentException($"The identifier {id} appears twice.", parameterName);
            }

            index.Add(id, index.Count);
        }

        return index;
    }
}
