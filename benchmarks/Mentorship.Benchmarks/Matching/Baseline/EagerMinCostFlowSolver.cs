using System.Runtime.CompilerServices;

using Mentorship.Domain.Matching;

namespace Mentorship.Benchmarks.Matching.Baseline;

/// <summary>
/// The matcher as it was before lazy arcs (commit 6622acf), kept verbatim for side-by-side benchmarks.
/// 
/// The exact solver of the default problem: a min-cost maximum flow from the mentees (one unit each) through
/// eligible pairs (cost <see cref="MatchingScore.MaxScore"/> − score) to the mentors (their free places).
/// Primal-dual: each phase runs one Dijkstra over reduced costs (a bucket queue, as costs are small integers),
/// moves the potentials, then pushes a maximal set of shortest augmenting paths along zero-reduced-cost arcs.
/// </summary>
/// <remarks>
/// <para>Invariants: every residual arc has a non-negative reduced cost; free mentees share the source's
/// potential; a mentor with a free place has the sink's. Potentials are stored minus a common shift that every
/// phase adds, so they only decrease and a mentor's never exceeds 0; hence
/// <c>cost + π(mentee)</c> is a lower bound on the reduced cost of any arc of that cost leaving the mentee.
/// Arcs are sorted by cost, so Dijkstra scans a mentee's arcs one cost level at a time, each level only when
/// the queue reaches that bound, and stops at the first mentor with a free place: most arcs are never looked at.</para>
/// <para>The same input gives the same result: every loop runs over indices in identifier order.</para>
/// </remarks>
internal sealed class EagerMinCostFlowSolver
{
    private readonly EagerMatchingGraph _graph;
    private readonly int _nE;
    private readonly int _nR;
    private readonly int[] _capacity;

    // The flow: each mentee's mentor (or -1) and the cost of that arc; each mentor's mentees in slots.
    private readonly int[] _mentorOf;
    private readonly int[] _costOf;
    private readonly int[] _slotStart;
    private readonly int[] _slotCount;
    private readonly int[] _slots;

    // Potentials, minus the common shift (so never positive for mentors).
    private readonly int[] _menteePotential;
    private readonly int[] _mentorPotential;

    // Dijkstra state, valid where the stamp equals the current phase.
    private readonly int[] _menteeDistance;
    private readonly int[] _menteeStamp;
    private readonly int[] _menteeCursor;
    private readonly int[] _mentorDistance;
    private readonly int[] _mentorStamp;
    private readonly bool[] _mentorSettled;
    private readonly List<int> _reachedMentees = [];
    private readonly List<int> _settledMentors = [];
    private readonly EagerBucketQueue _queue = new();

    // Augmentation state.
    private readonly int[] _menteeVisit;
    private readonly int[] _mentorVisit;
    private readonly int[] _stackMentee;
    private readonly int[] _stackCursor;
    private readonly int[] _stackMentor;
    private readonly int[] _stackCost;
    private readonly int[] _stackSlot;

    private int _phase;
    private int _visitStamp;

    private EagerMinCostFlowSolver(EagerMatchingGraph graph)
    {
        _graph = graph;
        _nE = graph.MenteeCount;
        _nR = graph.MentorCount;
        _capacity = graph.Capacity;
        _mentorOf = new int[_nE];
        _costOf = new int[_nE];
        for (var i = 0; i < _nE; i++)
        {
            _mentorOf[i] = -1;
        }

        _slotStart = new int[_nR + 1];
        for (var j = 0; j < _nR; j++)
        {
            _slotStart[j + 1] = _slotStart[j] + Math.Min(_capacity[j], _nE);
        }

        _slotCount = new int[_nR];
        _slots = new int[_slotStart[_nR]];
        _menteePotential = new int[_nE];
        _mentorPotential = new int[_nR];
        _menteeDistance = new int[_nE];
        _menteeStamp = new int[_nE];
        _menteeCursor = new int[_nE];
        _mentorDistance = new int[_nR];
        _mentorStamp = new int[_nR];
        _mentorSettled = new bool[_nR];
        _menteeVisit = new int[_nE];
        _mentorVisit = new int[_nR];
        var depth = Math.Min(_nE, _nR) + 2;
        _stackMentee = new int[depth];
        _stackCursor = new int[depth];
        _stackMentor = new int[depth];
        _stackCost = new int[depth];
        _stackSlot = new int[depth];
    }

    /// <summary>The number of phases the last solve took (for the benchmarks).</summary>
    public int Phases => _phase;

    /// <summary>Solves the problem: for each mentee, the index of its mentor, or -1.</summary>
    public static int[] Solve(EagerMatchingGraph graph) => Solve(graph, out _);

    /// <summary>Solves the problem and reports the number of phases.</summary>
    public static int[] Solve(EagerMatchingGraph graph, out int phases)
    {
        var solver = new EagerMinCostFlowSolver(graph);
        solver.Run();
        phases = solver._phase;
        return solver._mentorOf;
    }

    [MethodImpl(EagerMatchingGraph.Optimized)]
    private void Run()
    {
        var free = new List<int>();
        for (var i = 0; i < _nE; i++)
        {
            if (_graph.ArcStart[i + 1] > _graph.ArcStart[i])
            {
                free.Add(i);
            }
        }

        var stillFree = new List<int>();
        while (free.Count > 0)
        {
            _phase++;
            var distance = ShortestPath(free);
            if (distance < 0)
            {
                break;
            }

            MovePotentials(distance);

            // Push along zero reduced costs until no path is left there: the next distance is then positive.
            var pass = 0;
            while (free.Count > 0)
            {
                _visitStamp++;
                stillFree.Clear();
                foreach (var i in free)
                {
                    if (!Augment(i))
                    {
                        stillFree.Add(i);
                    }
                }

                var augmented = free.Count - stillFree.Count;
                (free, stillFree) = (stillFree, free);
                if (augmented == 0)
                {
                    if (pass == 0)
                    {
                        // The shortest path just found lies on zero reduced costs: a pass always uses it.
                        throw new InvalidOperationException("The matching solver made no progress in a phase.");
                    }

                    break;
                }

                pass++;
            }

        }
    }

    /// <summary>
    /// Dijkstra from all free mentees to the nearest mentor with a free place, on reduced costs. Returns that
    /// distance, or -1 if no mentor with a free place can be reached (the flow is then maximum).
    /// </summary>
    [MethodImpl(EagerMatchingGraph.Optimized)]
    private int ShortestPath(List<int> free)
    {
        _queue.Clear();
        _reachedMentees.Clear();
        _settledMentors.Clear();
        var bound = int.MaxValue;
        foreach (var i in free)
        {
            ReachMentee(i, 0, bound);
        }

        while (_queue.TryPop(out var key, out var item))
        {
            // Everything at the final distance is scanned too: more shortest paths for one phase to push.
            if (key > bound)
            {
                break;
            }

            if (item < _nR)
            {
                var j = item;
                if (_mentorSettled[j] || _mentorDistance[j] != key)
                {
                    continue;
                }

                _mentorSettled[j] = true;
                _settledMentors.Add(j);
                if (_slotCount[j] < _capacity[j] || key == bound)
                {
                    // A free mentor ends paths; a full one at the final distance leads nowhere shorter.
                    continue;
                }

                for (var s = _slotStart[j]; s < _slotStart[j] + _slotCount[j]; s++)
                {
                    var k = _slots[s];
                    var reduced = -_costOf[k] + _mentorPotential[j] - _menteePotential[k];
                    ReachMentee(k, key + reduced, bound);
                }
            }
            else
            {
                var i = item - _nR;
                var arcs = _graph.ArcMentor;
                var costs = _graph.ArcCost;
                var end = _graph.ArcStart[i + 1];
                var cursor = _menteeCursor[i];
                var level = costs[cursor];
                var baseDistance = _menteeDistance[i] + level + _menteePotential[i];
                var own = _mentorOf[i];
                while (cursor < end && costs[cursor] == level)
                {
                    var j = arcs[cursor++];
                    if (j == own || (_mentorStamp[j] == _phase && _mentorSettled[j]))
                    {
                        continue;
                    }

                    var candidate = baseDistance - _mentorPotential[j];
                    if (candidate > bound)
                    {
                        continue;
                    }

                    if (_mentorStamp[j] != _phase)
                    {
                        _mentorStamp[j] = _phase;
                        _mentorSettled[j] = false;
                    }
                    else if (candidate >= _mentorDistance[j])
                    {
                        continue;
                    }

                    _mentorDistance[j] = candidate;
                    _queue.Push(candidate, j);
                    if (_slotCount[j] < _capacity[j])
                    {
                        bound = candidate;
                    }
                }

                _menteeCursor[i] = cursor;
                PushNextLevel(i, bound);
            }
        }

        return bound == int.MaxValue ? -1 : bound;
    }

    private void ReachMentee(int i, int distance, int bound)
    {
        _menteeStamp[i] = _phase;
        _menteeDistance[i] = distance;
        _menteeCursor[i] = _graph.ArcStart[i];
        _reachedMentees.Add(i);
        PushNextLevel(i, bound);
    }

    private void PushNextLevel(int i, int bound)
    {
        var costs = _graph.ArcCost;
        var cursor = _menteeCursor[i];
        if (cursor >= _graph.ArcStart[i + 1])
        {
            return;
        }

        var key = Math.Max(_menteeDistance[i], _menteeDistance[i] + costs[cursor] + _menteePotential[i]);
        if (key <= bound)
        {
            _queue.Push(key, _nR + i);
        }
    }

    private void MovePotentials(int distance)
    {
        foreach (var i in _reachedMentees)
        {
            var d = _menteeDistance[i];
            if (d <= distance)
            {
                _menteePotential[i] += d - distance;
            }
        }

        foreach (var j in _settledMentors)
        {
            var d = _mentorDistance[j];
            if (d < distance)
            {
                _mentorPotential[j] += d - distance;
            }
        }
    }

    /// <summary>
    /// Depth-first search from a free mentee along zero-reduced-cost arcs (only those Dijkstra scanned in this
    /// phase) to a mentor with a free place; on success shifts the mentees along the path.
    /// </summary>
    [MethodImpl(EagerMatchingGraph.Optimized)]
    private bool Augment(int root)
    {
        var depth = 0;
        _stackMentee[0] = root;
        _stackCursor[0] = _graph.ArcStart[root];
        _stackMentor[0] = -1;
        _menteeVisit[root] = _visitStamp;
        while (depth >= 0)
        {
            var i = _stackMentee[depth];
            if (_stackMentor[depth] < 0)
            {
                // Choose the next admissible mentor of mentee i.
                var arcs = _graph.ArcMentor;
                var costs = _graph.ArcCost;
                var end = _graph.ArcStart[i + 1];
                var limit = -_menteePotential[i];
                var cursor = _stackCursor[depth];
                var chosen = -1;
                while (cursor < end && costs[cursor] <= limit)
                {
                    var j = arcs[cursor];
                    var c = costs[cursor];
                    cursor++;
                    if (j == _mentorOf[i] || _mentorVisit[j] == _visitStamp || c + _menteePotential[i] - _mentorPotential[j] != 0)
                    {
                        continue;
                    }

                    chosen = j;
                    _stackCost[depth] = c;
                    break;
                }

                _stackCursor[depth] = cursor;
                if (chosen < 0)
                {
                    depth--;
                    if (depth >= 0)
                    {
                        _stackSlot[depth]++;
                    }

                    continue;
                }

                _stackMentor[depth] = chosen;
                _stackSlot[depth] = 0;
                if (_slotCount[chosen] < _capacity[chosen])
                {
                    // A mentor with a free place stays open to later paths of this phase until it is full.
                    Shift(depth);
                    return true;
                }

                _mentorVisit[chosen] = _visitStamp;
            }

            // Try the mentees of the chosen mentor, from the current slot on.
            var mentor = _stackMentor[depth];
            var descended = false;
            while (_stackSlot[depth] < _slotCount[mentor])
            {
                var k = _slots[_slotStart[mentor] + _stackSlot[depth]];
                if (_menteeVisit[k] != _visitStamp && -_costOf[k] + _mentorPotential[mentor] - _menteePotential[k] == 0)
                {
                    _menteeVisit[k] = _visitStamp;
                    depth++;
                    _stackMentee[depth] = k;
                    _stackCursor[depth] = _graph.ArcStart[k];
                    _stackMentor[depth] = -1;
                    descended = true;
                    break;
                }

                _stackSlot[depth]++;
            }

            if (!descended)
            {
                _stackMentor[depth] = -1;
            }
        }

        return false;
    }

    /// <summary>Applies the augmenting path held on the stack, deepest mentee first.</summary>
    private void Shift(int top)
    {
        for (var d = top; d >= 0; d--)
        {
            var mentee = _stackMentee[d];
            var mentor = _stackMentor[d];
            if (d == top)
            {
                _slots[_slotStart[mentor] + _slotCount[mentor]] = mentee;
                _slotCount[mentor]++;
            }
            else
            {
                _slots[_slotStart[mentor] + _stackSlot[d]] = mentee;
            }

            _mentorOf[mentee] = mentor;
            _costOf[mentee] = _stackCost[d];
        }
    }
}
