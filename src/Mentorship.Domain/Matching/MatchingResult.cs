using System;
using System.Collections.Generic;
using System.Linq;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Matching;

/// <summary>
/// The outcome of a matching: the new pairs with their explained scores, the pairs kept from those in place,
/// the unmatched mentees with their reasons, group proposals, and the answer to "why is X not the mentor of Y?".
/// Immutable.
/// </summary>
/// <remarks>
/// The counts (<see cref="MenteeCount"/>, <see cref="MatchedCount"/>, <see cref="TotalScore"/>) are those of the
/// mentees to be matched in this run; kept pairs are listed apart.
/// </remarks>
public sealed class MatchingResult
{
    private readonly Dictionary<EducatorId, MatchingAssignment> _byMentee;

    internal MatchingResult(
        MatchingProblem problem,
        IReadOnlyList<MatchingAssignment> assignments,
        IReadOnlyList<MatchingAssignment> keptPairs,
        IReadOnlyList<UnmatchedMentee> unmatched,
        IReadOnlyList<GroupProposal> groupProposals,
        int menteeCount)
    {
        Problem = problem;
        Assignments = assignments;
        KeptPairs = keptPairs;
        Unmatched = unmatched;
        GroupProposals = groupProposals;
        MenteeCount = menteeCount;
        TotalScore = assignments.Sum(a => a.Score);
        _byMentee = assignments.Concat(keptPairs).ToDictionary(a => a.Mentee);
    }

    /// <summary>The problem solved.</summary>
    public MatchingProblem Problem { get; }

    /// <summary>The question answered.</summary>
    public MatchingMode Mode => Problem.Policy.Mode;

    /// <summary>The new pairs, by mentor then mentee identifier.</summary>
    public IReadOnlyList<MatchingAssignment> Assignments { get; }

    /// <summary>The pairs already in place that were kept, by mentor then mentee identifier.</summary>
    public IReadOnlyList<MatchingAssignment> KeptPairs { get; }

    /// <summary>The mentees left without a mentor, by identifier, each with the reason.</summary>
    public IReadOnlyList<UnmatchedMentee> Unmatched { get; }

    /// <summary>Proposed groups, when the policy asks for them; by mentor, then key request.</summary>
    public IReadOnlyList<GroupProposal> GroupProposals { get; }

    /// <summary>The mentees to be matched in this run (those in kept pairs excluded).</summary>
    public int MenteeCount { get; }

    /// <summary>How many of them got a mentor.</summary>
    public int MatchedCount => Assignments.Count;

    /// <summary>The total score of the new pairs.</summary>
    public int TotalScore { get; }

    /// <summary>The pair of a mentee (new or kept), if any.</summary>
    /// <param name="mentee">The mentee.</param>
    /// <returns>The pair, or <see langword="null"/>.</returns>
    public MatchingAssignment? AssignmentOf(EducatorId mentee) => _byMentee.TryGetValue(mentee, out var a) ? a : null;

    /// <summary>The mentees of a mentor in the result (new and kept), in identifier order.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <returns>The mentees.</returns>
    public IReadOnlyList<EducatorId> MenteesOf(EducatorId mentor) =>
        Assignments.Concat(KeptPairs).Where(a => a.Mentor == mentor).Select(a => a.Mentee).OrderBy(m => m).ToArray();

    /// <summary>
    /// Why the mentor is, or is not, the mentee's mentor: the broken rules when the pair is not allowed; in the
    /// optimal mode the best result with the pair imposed; in the stable mode which side prefers what it got.
    /// </summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="mentee">The mentee.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentException">The mentor or the mentee is not in the problem.</exception>
    public PairExplanation Explain(EducatorId mentor, EducatorId mentee) => PairExplainer.Explain(this, mentor, mentee);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Mode}: {MatchedCount} of {MenteeCount} mentees matched, total score {TotalScore}, {KeptPairs.Count} pairs kept";
}
