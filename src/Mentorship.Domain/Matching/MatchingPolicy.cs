using System;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Matching;

/// <summary>
/// How a matching is run. <see cref="Default"/> is the problem of the specification exactly: optimal mode,
/// mentors of the mentee's own organisation only, no minimum score beyond covering a request, pairs
/// already in place kept, no group proposals. Immutable: the <c>With…</c> methods return changed copies.
/// </summary>
public sealed class MatchingPolicy : IEquatable<MatchingPolicy>
{
    private MatchingPolicy(MatchingMode mode, bool network, int minimumScore, bool keepExistingPairs, bool proposeGroups)
    {
        Mode = mode;
        Network = network;
        MinimumScore = minimumScore;
        KeepExistingPairs = keepExistingPairs;
        ProposeGroups = proposeGroups;
    }

    /// <summary>The specification's default problem.</summary>
    public static MatchingPolicy Default { get; } = new(MatchingMode.Optimal, false, 0, true, false);

    /// <summary>Which question is answered; <see cref="MatchingMode.Optimal"/> by default.</summary>
    public MatchingMode Mode { get; }

    /// <summary>
    /// Whether network (inter-organisation) mentoring is on: a mentor may then take a mentee of another
    /// organisation. Off by default.
    /// </summary>
    public bool Network { get; }

    /// <summary>
    /// The lowest score a pair may have, 0 or more; 0 (the default) adds nothing to the rule that a mentor
    /// covers at least one request (every such pair scores at least 1).
    /// </summary>
    public int MinimumScore { get; }

    /// <summary>
    /// Whether pairs already in place are kept and counted against their mentors' capacity (the default);
    /// otherwise they are ignored and everyone is matched afresh.
    /// </summary>
    public bool KeepExistingPairs { get; }

    /// <summary>
    /// Whether the result proposes groups: one mentor who accepts the group form with two or more of the
    /// new mentees sharing the same key request. Off by default. Proposals never change the pairs.
    /// </summary>
    public bool ProposeGroups { get; }

    /// <summary>A copy answering another question.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>The changed copy.</returns>
    public MatchingPolicy WithMode(MatchingMode mode) =>
        new(Guard.Against.EnumOutOfRange(mode), Network, MinimumScore, KeepExistingPairs, ProposeGroups);

    /// <summary>A copy with network mentoring on or off.</summary>
    /// <param name="network">Whether mentors of other organisations may be chosen.</param>
    /// <returns>The changed copy.</returns>
    public MatchingPolicy WithNetwork(bool network) => new(Mode, network, MinimumScore, KeepExistingPairs, ProposeGroups);

    /// <summary>A copy with a minimum score.</summary>
    /// <param name="minimumScore">0 or more.</param>
    /// <returns>The changed copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="minimumScore"/> is negative.</exception>
    public MatchingPolicy WithMinimumScore(int minimumScore) =>
        new(Mode, Network, Guard.Against.Negative(minimumScore), KeepExistingPairs, ProposeGroups);

    /// <summary>A copy that keeps or ignores pairs already in place.</summary>
    /// <param name="keep">Whether to keep them.</param>
    /// <returns>The changed copy.</returns>
    public MatchingPolicy WithKeepExistingPairs(bool keep) => new(Mode, Network, MinimumScore, keep, ProposeGroups);

    /// <summary>A copy that proposes groups, or not.</summary>
    /// <param name="propose">Whether to propose groups.</param>
    /// <returns>The changed copy.</returns>
    public MatchingPolicy WithGroupProposals(bool propose) => new(Mode, Network, MinimumScore, KeepExistingPairs, propose);

    /// <inheritdoc />
    public bool Equals(MatchingPolicy? other) =>
        other is not null && Mode == other.Mode && Network == other.Network && MinimumScore == other.MinimumScore
        && KeepExistingPairs == other.KeepExistingPairs && ProposeGroups == other.ProposeGroups;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MatchingPolicy);

    /// <inheritdoc />
    public override int GetHashCode() =>
        ((int)Mode * 31) ^ (Network ? 1 : 0) ^ (MinimumScore << 3) ^ (KeepExistingPairs ? 2 : 0) ^ (ProposeGroups ? 4 : 0);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Mode}{(Network ? ", network" : ", own organisation")}, minimum score {MinimumScore}"
        + $"{(KeepExistingPairs ? ", existing pairs kept" : string.Empty)}{(ProposeGroups ? ", groups proposed" : string.Empty)}";
}
