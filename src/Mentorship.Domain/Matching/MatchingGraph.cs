using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Mentorship.Domain.Matching;

/// <summary>
/// The fast internal form of a problem: mentees and mentors by index (sorted by identifier), free places per
/// mentor, and for each mentee its eligible mentors sorted by arc cost (<see cref="MatchingScore.MaxScore"/>
/// minus the score, so 0 to 26), ties by mentor index.
/// </summary>
/// <remarks>
/// Every eligible pair is materialised: the stable mode needs whole preference lists. The optimal mode reads
/// arcs lazily instead (<see cref="LazyArcs"/>); both score through <see cref="ArcScorer"/>, so their arcs
/// are the same (checked by the tests).
/// </remarks>
internal sealed class MatchingGraph
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c> (absent from netstandard2.0, ignored by the .NET Framework):
    /// a matching usually runs once per process, so the hot loops are compiled fully optimised at once.
    /// </summary>
    internal const MethodImplOptions Optimized = (MethodImplOptions)512;

    private MatchingGraph(int menteeCount, int mentorCount, int[] capacity, int[] arcStart, int[] arcMentor, byte[] arcCost)
    {
        MenteeCount = menteeCount;
        MentorCount = mentorCount;
        Capacity = capacity;
        ArcStart = arcStart;
        ArcMentor = arcMentor;
        ArcCost = arcCost;
    }

    /// <summary>The number of mentees to match.</summary>
    public int MenteeCount { get; }

    /// <summary>The number of mentors.</summary>
    public int MentorCount { get; }

    /// <summary>Free places per mentor.</summary>
    public int[] Capacity { get; }

    /// <summary>Where each mentee's arcs start in <see cref="ArcMentor"/>; one more entry than mentees.</summary>
    public int[] ArcStart { get; }

    /// <summary>The eligible mentors, mentee after mentee, each mentee's by ascending cost then index.</summary>
    public int[] ArcMentor { get; }

    /// <summary>The costs matching <see cref="ArcMentor"/>.</summary>
    public byte[] ArcCost { get; }

    /// <summary>The total number of eligible pairs.</summary>
    public int ArcCount => ArcStart[MenteeCount];

    /// <summary>Builds the graph.</summary>
    /// <param name="mentees">The mentees to match, sorted by identifier.</param>
    /// <param name="mentors">The mentors, sorted by identifier.</param>
    /// <param name="freePlaces">Free places per mentor.</param>
    /// <param name="network">Whether mentors of other organisations are in scope.</param>
    /// <param name="minimumScore">The lowest score allowed.</param>
    public static MatchingGraph Build(
        IReadOnlyList<MatchingMentee> mentees, IReadOnlyList<MatchingMentor> mentors, int[] freePlaces, bool network, int minimumScore) =>
        Build(MatchingIndex.Build(mentees, mentors, network, minimumScore).MenteesToMentors, freePlaces);

    /// <summary>Builds the graph from an index's mentee-to-mentor side.</summary>
    /// <param name="side">Mentees (owners) against mentors (targets).</param>
    /// <param name="freePlaces">Free places per mentor.</param>
    [MethodImpl(Optimized)]
    public static MatchingGraph Build(ScoringSide side, int[] freePlaces)
    {
        var nE = side.OwnerCount;
        var nR = side.TargetCount;
        var scorer = new ArcScorer(side);

        // Two passes (count, then fill) give arrays of the exact size: at millions of arcs, growing and
        // copying, or first touches of spare memory, cost more than scoring twice.
        var arcStart = new int[nE + 1];
        for (var i = 0; i < nE; i++)
        {
            arcStart[i + 1] = arcStart[i] + scorer.Score(i);
        }

        var total = arcStart[nE];
#if NET
        var arcMentor = GC.AllocateUninitializedArray<int>(total);
        var arcCost = GC.AllocateUninitializedArray<byte>(total);
#else
        var arcMentor = new int[total];
        var arcCost = new byte[total];
#endif
        var levelStart = new int[MatchingScore.MaxScore + 2];
        for (var i = 0; i < nE; i++)
        {
            var count = scorer.Score(i);
            var costs = scorer.Costs;
            var found = scorer.Targets;

            // Counting sort by cost; stable, so mentors of one cost stay in index order.
            Array.Clear(levelStart, 0, levelStart.Length);
            for (var k = 0; k < count; k++)
            {
                levelStart[costs[k] + 1]++;
            }

            levelStart[0] = arcStart[i];
            for (var c = 1; c < levelStart.Length; c++)
            {
                levelStart[c] += levelStart[c - 1];
            }

            for (var k = 0; k < count; k++)
            {
                var at = levelStart[costs[k]]++;
                arcMentor[at] = found[k];
                arcCost[at] = costs[k];
            }
        }

        return new MatchingGraph(nE, nR, (int[])freePlaces.Clone(), arcStart, arcMentor, arcCost);
    }
}
