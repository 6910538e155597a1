using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace Mentorship.Domain.Matching;

/// <summary>
/// The arcs of the optimal mode, produced lazily: for each owner of a <see cref="ScoringSide"/> (a mentee, or a
/// mentor), its eligible targets sorted by cost (<see cref="MatchingScore.MaxScore"/> − score), ties by target
/// index, of which only a prefix of whole cost levels is held. The solver asks for a level before it reads it;
/// a missing level is produced by scoring the owner again and keeping the next levels.
/// </summary>
/// <remarks>
/// <para>The prefix held is always a prefix of the full sorted list, so what the solver reads never depends on
/// when or in what batches levels were produced: the result is the same as with every arc materialised
/// (property-tested with one level at a time, batches and everything at once).</para>
/// <para>Batches grow geometrically (at least <see cref="DefaultBatch"/> arcs, then at least the number held),
/// so an owner is scored a handful of times at most and memory stays within twice what the solver reads.
/// The first batch of every owner is scored in parallel; later ones when the solver needs them.</para>
/// </remarks>
internal sealed class LazyArcs
{
    /// <summary>The highest arc cost (a pair scoring 1).</summary>
    public const int MaxLevel = MatchingScore.MaxScore - 1;

    /// <summary>The least number of arcs a batch adds (unless the owner has fewer left).</summary>
    public const int DefaultBatch = 256;

    /// <summary>A batch size that produces every arc in the first batch.</summary>
    public const int Everything = int.MaxValue;

    /// <summary>A batch size that produces one non-empty cost level at a time.</summary>
    public const int OneLevel = 0;

    private readonly ScoringSide _side;
    private readonly int _batch;
    private readonly ArcScorer _scorer;

    /// <summary>Prepares the lists and produces every owner's first batch.</summary>
    /// <param name="side">The owners and their targets.</param>
    /// <param name="batch">The least number of arcs a batch adds; <see cref="OneLevel"/> or <see cref="Everything"/> for tests.</param>
    /// <param name="parallelism">How many threads score the first batches (1: this thread only).</param>
    public LazyArcs(ScoringSide side, int batch, int parallelism)
    {
        _side = side;
        _batch = batch;
        _scorer = new ArcScorer(side);
        var n = side.OwnerCount;
        Targets = new int[n][];
        Costs = new byte[n][];
        Count = new int[n];
        Through = new int[n];
        Total = new int[n];
        for (var i = 0; i < n; i++)
        {
            Through[i] = -1;
            Targets[i] = [];
            Costs[i] = [];
        }

        if (parallelism <= 1 || n < 64)
        {
            for (var i = 0; i < n; i++)
            {
                Produce(i, 0, _scorer);
            }
        }
        else
        {
            Parallel.For(
                0,
                n,
                new ParallelOptions { MaxDegreeOfParallelism = parallelism },
                () => new ArcScorer(side),
                (i, _, scorer) =>
                {
                    Produce(i, 0, scorer);
                    return scorer;
                },
                _ => { });
        }
    }

    /// <summary>The targets held, per owner, by cost then index.</summary>
    public int[][] Targets { get; }

    /// <summary>Their costs.</summary>
    public byte[][] Costs { get; }

    /// <summary>How many arcs are held per owner.</summary>
    public int[] Count { get; }

    /// <summary>Per owner, the highest cost level held completely (<see cref="MaxLevel"/> once all are held).</summary>
    public int[] Through { get; }

    /// <summary>Per owner, the number of eligible targets in all.</summary>
    public int[] Total { get; }

    /// <summary>The number of owners.</summary>
    public int OwnerCount => Count.Length;

    /// <summary>The number of arcs held now, over all owners.</summary>
    public long HeldArcs
    {
        get
        {
            long sum = 0;
            foreach (var c in Count)
            {
                sum += c;
            }

            return sum;
        }
    }

    /// <summary>Makes sure every arc of the owner with a cost up to <paramref name="level"/> is held.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="level">The cost level.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Ensure(int owner, int level)
    {
        if (Through[owner] < level && Through[owner] < MaxLevel)
        {
            Produce(owner, level, _scorer);
        }
    }

    /// <summary>Scores the owner and appends whole levels above those held, through <paramref name="level"/> at least.</summary>
    [MethodImpl(MatchingGraph.Optimized)]
    private void Produce(int owner, int level, ArcScorer scorer)
    {
        var n = scorer.Score(owner);
        var costs = scorer.Costs;
        var found = scorer.Targets;
        var perLevel = scorer.LevelCounts;
        Array.Clear(perLevel, 0, perLevel.Length);
        for (var k = 0; k < n; k++)
        {
            perLevel[costs[k]]++;
        }

        Total[owner] = n;
        var held = Count[owner];
        var from = Through[owner] + 1;
        var want = _batch == Everything ? n : _batch == OneLevel ? 0 : Math.Max(_batch, held);
        var through = Math.Min(Math.Max(level, from), MaxLevel);
        var added = 0;
        for (var c = from; c <= through; c++)
        {
            added += perLevel[c];
        }

        while (through < MaxLevel && (added < want || added == 0) && held + added < n)
        {
            through++;
            added += perLevel[through];
        }

        if (held + added == n)
        {
            through = MaxLevel;
        }

        if (added > 0)
        {
            var targets = new int[held + added];
            var levelCosts = new byte[held + added];
            Array.Copy(Targets[owner], targets, held);
            Array.Copy(Costs[owner], levelCosts, held);

            // Counting sort of the new levels; stable, so targets of one cost stay in index order.
            var next = held;
            for (var c = from; c <= through; c++)
            {
                var size = perLevel[c];
                perLevel[c] = next;
                next += size;
            }

            for (var k = 0; k < n; k++)
            {
                var c = costs[k];
                if (c >= from && c <= through)
                {
                    var at = perLevel[c]++;
                    targets[at] = found[k];
                    levelCosts[at] = c;
                }
            }

            Targets[owner] = targets;
            Costs[owner] = levelCosts;
            Count[owner] = held + added;
        }

        Through[owner] = through;
    }
}
