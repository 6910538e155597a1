using System;
using System.Runtime.CompilerServices;
#if NET
using System.Numerics;
#endif

namespace Mentorship.Domain.Matching;

/// <summary>
/// Scores one owner against every target in scope of a <see cref="ScoringSide"/>, into buffers it owns: the
/// eligible targets in index order and their arc costs (<see cref="MatchingScore.MaxScore"/> − score). One
/// scorer per thread; the side is shared.
/// </summary>
/// <remarks>
/// Eligibility is the rule classes' in a form that costs a few instructions a pair: request points 0 means
/// no request covered; the same person and excluded mentors get their points cleared first; the organisation
/// rule picks the candidates; the free-place rule is the solver's (capacities), not the arcs'.
/// </remarks>
internal sealed class ArcScorer
{
    private readonly ScoringSide _side;
    private readonly byte[] _points;
    private readonly byte[] _bonus;

    public ArcScorer(ScoringSide side)
    {
        _side = side;
        var n = side.TargetCount;
        _points = new byte[n];
        _bonus = new byte[n];
        Targets = new int[n];
        Costs = new byte[n];
    }

    /// <summary>The eligible targets of the last owner scored, in index order.</summary>
    public int[] Targets { get; }

    /// <summary>Their arc costs.</summary>
    public byte[] Costs { get; }

    /// <summary>Scratch space for a caller's per-level counts (one entry per cost, and one more).</summary>
    public int[] LevelCounts { get; } = new int[MatchingScore.MaxScore + 2];

    /// <summary>Scores an owner; returns how many targets are eligible (held in <see cref="Targets"/>).</summary>
    /// <param name="owner">The owner's index.</param>
    [MethodImpl(MatchingGraph.Optimized)]
    public int Score(int owner)
    {
        var side = _side;
        var org = side.OwnerOrganization[owner];
        var candidates = side.Network ? side.AllTargets : side.OrganizationTargets[org];
        if (candidates.Length == 0)
        {
            return 0;
        }

        AccumulatePoints(side.OwnerTopics[owner], side.OwnerFactors[owner], side.Rows, side.TargetCount, _points);
        var subjects = side.OwnerSubjects[owner];
        foreach (var s in subjects)
        {
            foreach (var j in side.SubjectTargets[s])
            {
                _bonus[j] = MatchingScore.SharedSubjectBonus;
            }
        }

        var sameOrganization = side.OrganizationTargets[org];
        foreach (var j in sameOrganization)
        {
            _bonus[j] += MatchingScore.SameOrganizationBonus;
        }

        // Ruled out by identity or exclusion: no request points, so never eligible below.
        var self = side.OwnerSelf[owner];
        if (self >= 0)
        {
            _points[self] = 0;
        }

        foreach (var j in side.OwnerExcluded[owner])
        {
            _points[j] = 0;
        }

        // Branch-free compaction: about half the pairs are eligible, so a branch would mispredict often.
        var count = 0;
        var targets = Targets;
        var costs = Costs;
        var points = _points;
        var bonus = _bonus;
        var minimum = side.MinimumScore;
        foreach (var j in candidates)
        {
            int p = points[j];
            var score = p + bonus[j];
            targets[count] = j;
            costs[count] = (byte)(MatchingScore.MaxScore - score);
            count += (p != 0 ? 1 : 0) & (score >= minimum ? 1 : 0);
        }

        // Undo the per-owner marks.
        foreach (var s in subjects)
        {
            foreach (var j in side.SubjectTargets[s])
            {
                _bonus[j] = 0;
            }
        }

        foreach (var j in sameOrganization)
        {
            _bonus[j] = 0;
        }

        return count;
    }

    [MethodImpl(MatchingGraph.Optimized)]
    private static void AccumulatePoints(int[] topics, byte[] factors, byte[] rows, int n, byte[] points)
    {
        Array.Clear(points, 0, n);
        for (var r = 0; r < topics.Length; r++)
        {
            var row = topics[r] * n;
            var factor = factors[r];
            var j = 0;
#if NET
            if (Vector.IsHardwareAccelerated)
            {
                var width = Vector<byte>.Count;
                for (; j <= n - width; j += width)
                {
                    var value = new Vector<byte>(rows, row + j);
                    var sum = new Vector<byte>(points, j) + value;
                    if (factor > 1)
                    {
                        sum += value;
                    }

                    if (factor > 2)
                    {
                        sum += value;
                    }

                    sum.CopyTo(points, j);
                }
            }
#endif
            for (; j < n; j++)
            {
                points[j] += (byte)(factor * rows[row + j]);
            }
        }
    }
}
