using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Mentorship.Domain.Matching;

/// <summary>
/// The exact solver of the default problem: a min-cost maximum flow through eligible pairs (cost
/// <see cref="MatchingScore.MaxScore"/> − score) between "left" units of supply and "right" nodes with
/// capacities. Mentee-side: the left units are the mentees, the right nodes the mentors with their free places.
/// Mentor-side: the left units are the mentors' free places (a mentor with three places is three units sharing
/// one arc list), the right nodes the mentees with one place each. Both are the same flow problem; the solver
/// starts from the side with fewer units (see <see cref="Solve(MatchingIndex, int[], int, int, bool?, out MatchingSolveStats)"/>).
/// Primal-dual: each phase runs one Dijkstra over reduced costs (a bucket queue, as costs are small integers),
/// moves the potentials, then pushes a maximal set of shortest augmenting paths along zero-reduced-cost arcs.
/// </summary>
/// <remarks>
/// <para>Invariants: every residual arc has a non-negative reduced cost; free left units share the source's
/// potential; a right node with a free place has the sink's. Potentials are stored minus a common shift that
/// every phase adds, so they only decrease and a right node's never exceeds 0; hence <c>cost + π(left)</c> is a
/// lower bound on the reduced cost of any arc of that cost leaving the left unit. Arcs are read by cost level
/// from <see cref="LazyArcs"/>: Dijkstra reaches a level only when the queue reaches that bound, asking for it
/// to be produced if it is not held yet, and stops at the first right node with a free place; it records the arcs
/// it finds tight, and the augmenting passes read only those. Levels above the phase's reach are never produced.</para>
/// <para>The same input gives the same result: every loop runs over indices in identifier order, and what is
/// read does not depend on when arcs were produced.</para>
/// </remarks>
internal sealed class MinCostFlowSolver
{
    private readonly LazyArcs _arcs;
    private readonly int[] _listOf;
    private readonly int _nL;
    private readonly int _nR;
    private readonly int[] _capacity;

    // The flow: each left unit's right node (or -1) and the cost of that arc; each right node's units in slots.
    private readonly int[] _rightOf;
    private readonly int[] _costOf;
    private readonly int[] _slotStart;
    private readonly int[] _slotCount;
    private readonly int[] _slots;
    private int _freePlaces;

    // Potentials, minus the common shift (so never positive for right nodes).
    private readonly int[] _leftPotential;
    private readonly int[] _rightPotential;

    // Dijkstra state, valid where the stamp equals the current phase.
    private readonly int[] _leftStamp;
    private readonly int[] _leftDistance;
    private readonly int[] _leftCursor;
    private readonly int[] _rightDistance;
    private readonly int[] _rightStamp;
    private readonly bool[] _rightSettled;
    private readonly List<int> _reachedLeft = [];
    private readonly List<int> _settledRight = [];
    private readonly BucketQueue _queue = new();

    // The arcs Dijkstra found tight (the only forward arcs that can have a zero reduced cost after the phase's
    // potential move), recorded in scan order, then grouped by left unit: [_tightStart, _tightEnd) in _tight*.
    private readonly List<int> _scanUnit = [];
    private readonly List<int> _scanTarget = [];
    private readonly List<int> _scanCost = [];
    private readonly int[] _tightStart;
    private readonly int[] _tightEnd;
    private int[] _tightTarget = [];
    private int[] _tightCost = [];

    // Augmentation state.
    private readonly int[] _leftVisit;
    private readonly int[] _rightVisit;
    private readonly int[] _stackLeft;
    private readonly int[] _stackCursor;
    private readonly int[] _stackRight;
    private readonly int[] _stackCost;
    private readonly int[] _stackSlot;

    private int _phase;
    private int _visitStamp;

    private MinCostFlowSolver(LazyArcs arcs, int[] listOf, int[] capacity)
    {
        _arcs = arcs;
        _listOf = listOf;
        _nL = listOf.Length;
        _nR = capacity.Length;
        _capacity = capacity;
        _rightOf = new int[_nL];
        _costOf = new int[_nL];
        for (var i = 0; i < _nL; i++)
        {
            _rightOf[i] = -1;
        }

        _slotStart = new int[_nR + 1];
        for (var j = 0; j < _nR; j++)
        {
            _slotStart[j + 1] = _slotStart[j] + Math.Min(_capacity[j], _nL);
        }

        _freePlaces = _slotStart[_nR];
        _slotCount = new int[_nR];
        _slots = new int[_slotStart[_nR]];
        _leftPotential = new int[_nL];
        _rightPotential = new int[_nR];
        _leftStamp = new int[_nL];
        _tightStart = new int[_nL];
        _tightEnd = new int[_nL];
        _leftDistance = new int[_nL];
        _leftCursor = new int[_nL];
        _rightDistance = new int[_nR];
        _rightStamp = new int[_nR];
        _rightSettled = new bool[_nR];
        _leftVisit = new int[_nL];
        _rightVisit = new int[_nR];
        var depth = Math.Min(_nL, _nR) + 2;
        _stackLeft = new int[depth];
        _stackCursor = new int[depth];
        _stackRight = new int[depth];
        _stackCost = new int[depth];
        _stackSlot = new int[depth];
    }

    /// <summary>Solves the problem with the default batches: for each mentee, the index of its mentor, or -1.</summary>
    /// <param name="index">The problem by index.</param>
    /// <param name="freePlaces">Free places per mentor.</param>
    /// <param name="parallelism">How many threads may score.</param>
    public static int[] Solve(MatchingIndex index, int[] freePlaces, int parallelism) =>
        Solve(index, freePlaces, LazyArcs.DefaultBatch, parallelism, null, out _);

    /// <summary>Solves the problem: for each mentee, the index of its mentor, or -1.</summary>
    /// <param name="index">The problem by index.</param>
    /// <param name="freePlaces">Free places per mentor.</param>
    /// <param name="batch">The least number of arcs produced at a time (<see cref="LazyArcs"/>).</param>
    /// <param name="parallelism">How many threads may score.</param>
    /// <param name="mentorSide">Which side to start from; by default the one with fewer units (tests try both).</param>
    /// <param name="stats">What the solve took.</param>
    public static int[] Solve(MatchingIndex index, int[] freePlaces, int batch, int parallelism, bool? mentorSide, out MatchingSolveStats stats)
    {
        var mentees = index.MenteesToMentors.OwnerCount;
        var mentors = index.MentorsToMentees.OwnerCount;
        long places = 0;
        foreach (var f in freePlaces)
        {
            places += Math.Min(f, mentees);
        }

        // Start from the side with fewer units: the other side then keeps free nodes to the end, so paths stay
        // short and the units left over (which a search must rule out at every level) are the fewest.
        var fromMentors = mentorSide ?? places < mentees;
        var mentorOf = new int[mentees];
        MinCostFlowSolver solver;
        if (!fromMentors)
        {
            var arcs = new LazyArcs(index.MenteesToMentors, batch, parallelism);
            var listOf = new int[mentees];
            for (var i = 0; i < mentees; i++)
            {
                listOf[i] = i;
            }

            solver = new MinCostFlowSolver(arcs, listOf, (int[])freePlaces.Clone());
            solver.Run();
            Array.Copy(solver._rightOf, mentorOf, mentees);
        }
        else
        {
            var arcs = new LazyArcs(index.MentorsToMentees, batch, parallelism);
            var listOf = new int[places];
            var at = 0;
            for (var j = 0; j < mentors; j++)
            {
                for (var k = Math.Min(freePlaces[j], mentees); k > 0; k--)
                {
                    listOf[at++] = j;
                }
            }

            var one = new int[mentees];
            for (var i = 0; i < mentees; i++)
            {
                one[i] = 1;
                mentorOf[i] = -1;
            }

            solver = new MinCostFlowSolver(arcs, listOf, one);
            solver.Run();
            for (var p = 0; p < listOf.Length; p++)
            {
                if (solver._rightOf[p] >= 0)
                {
                    mentorOf[solver._rightOf[p]] = listOf[p];
                }
            }
        }

        long eligible = 0;
        foreach (var t in solver._arcs.Total)
        {
            eligible += t;
        }

        stats = new MatchingSolveStats(fromMentors, solver._phase, solver._arcs.HeldArcs, eligible);
        return mentorOf;
    }

    [MethodImpl(MatchingGraph.Optimized)]
    private void Run()
    {
        var free = new List<int>();
        for (var i = 0; i < _nL; i++)
        {
            if (_arcs.Total[_listOf[i]] > 0)
            {
                free.Add(i);
            }
        }

        var stillFree = new List<int>();
        while (free.Count > 0 && _freePlaces > 0)
        {
            _phase++;
            var distance = ShortestPath(free);
            if (distance < 0)
            {
                break;
            }

            MovePotentials(distance);
            GroupTightArcs();

            // Push along zero reduced costs until no path is left there: the next distance is then positive.
            var pass = 0;
            while (free.Count > 0 && _freePlaces > 0)
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
    /// Dijkstra from all free left units to the nearest right node with a free place, on reduced costs. Returns
    /// that distance, or -1 if no right node with a free place can be reached (the flow is then maximum).
    /// </summary>
    [MethodImpl(MatchingGraph.Optimized)]
    private int ShortestPath(List<int> free)
    {
        _queue.Clear();
        _reachedLeft.Clear();
        _settledRight.Clear();
        _scanUnit.Clear();
        _scanTarget.Clear();
        _scanCost.Clear();
        var bound = int.MaxValue;
        foreach (var i in free)
        {
            ReachLeft(i, 0, bound);
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
                if (_rightSettled[j] || _rightDistance[j] != key)
                {
                    continue;
                }

                _rightSettled[j] = true;
                _settledRight.Add(j);
                if (_slotCount[j] < _capacity[j])
                {
                    // A free right node ends paths. A full one at the final distance leads nowhere shorter, but its
                    // units are reached at that distance so that their tight arcs are recorded for the passes.
                    continue;
                }

                for (var s = _slotStart[j]; s < _slotStart[j] + _slotCount[j]; s++)
                {
                    var k = _slots[s];
                    var reduced = -_costOf[k] + _rightPotential[j] - _leftPotential[k];
                    ReachLeft(k, key + reduced, bound);
                }
            }
            else
            {
                var i = item - _nR;
                var list = _listOf[i];
                var cursor = _leftCursor[i];
                if (cursor == _arcs.Count[list])
                {
                    // The key was a lower bound for a level not produced yet: produce it, and wait in the queue
                    // if its real key is higher.
                    _arcs.Ensure(list, _arcs.Through[list] + 1);
                    if (cursor == _arcs.Count[list])
                    {
                        continue;
                    }

                    var real = Math.Max(_leftDistance[i], _leftDistance[i] + _arcs.Costs[list][cursor] + _leftPotential[i]);
                    if (real > key)
                    {
                        if (real <= bound)
                        {
                            _queue.Push(real, item);
                        }

                        continue;
                    }
                }

                var arcs = _arcs.Targets[list];
                var costs = _arcs.Costs[list];
                var end = _arcs.Count[list];
                var level = costs[cursor];
                var baseDistance = _leftDistance[i] + level + _leftPotential[i];
                var own = _rightOf[i];
                while (cursor < end && costs[cursor] == level)
                {
                    var j = arcs[cursor++];
                    if (j == own)
                    {
                        // Not residual now, but it is again if a pass moves the unit elsewhere, with a reduced cost
                        // of 0 when the reverse arc's was: the passes must see it.
                        RecordTight(i, j, level);
                        continue;
                    }

                    var candidate = baseDistance - _rightPotential[j];
                    if (candidate > bound)
                    {
                        continue;
                    }

                    if (_rightStamp[j] != _phase)
                    {
                        _rightStamp[j] = _phase;
                        _rightSettled[j] = false;
                    }
                    else if (candidate >= _rightDistance[j])
                    {
                        if (candidate == _rightDistance[j])
                        {
                            // Another shortest way to j: tight too, so the augmenting passes may use it.
                            RecordTight(i, j, level);
                        }

                        continue;
                    }

                    RecordTight(i, j, level);
                    _rightDistance[j] = candidate;
                    _queue.Push(candidate, j);
                    if (_slotCount[j] < _capacity[j])
                    {
                        bound = candidate;
                    }
                }

                _leftCursor[i] = cursor;
                PushNextLevel(i, bound);
            }
        }

        return bound == int.MaxValue ? -1 : bound;
    }

    private void ReachLeft(int i, int distance, int bound)
    {
        _leftStamp[i] = _phase;
        _leftDistance[i] = distance;
        _leftCursor[i] = 0;
        _reachedLeft.Add(i);
        PushNextLevel(i, bound);
    }

    /// <summary>
    /// Queues the left unit's next cost level at the least distance an arc of it can give; a level not produced
    /// yet is queued at the bound of the first level above those held.
    /// </summary>
    private void PushNextLevel(int i, int bound)
    {
        var list = _listOf[i];
        var cursor = _leftCursor[i];
        int level;
        if (cursor < _arcs.Count[list])
        {
            level = _arcs.Costs[list][cursor];
        }
        else if (_arcs.Through[list] < LazyArcs.MaxLevel)
        {
            level = _arcs.Through[list] + 1;
        }
        else
        {
            return;
        }

        var key = Math.Max(_leftDistance[i], _leftDistance[i] + level + _leftPotential[i]);
        if (key <= bound)
        {
            _queue.Push(key, _nR + i);
        }
    }

    private void RecordTight(int unit, int target, int cost)
    {
        _scanUnit.Add(unit);
        _scanTarget.Add(target);
        _scanCost.Add(cost);
    }

    /// <summary>Groups the tight arcs by left unit, each unit's in scan order (cost, then target index).</summary>
    private void GroupTightArcs()
    {
        var n = _scanUnit.Count;
        if (_tightTarget.Length < n)
        {
            _tightTarget = new int[Math.Max(n, _tightTarget.Length * 2)];
            _tightCost = new int[_tightTarget.Length];
        }

        foreach (var i in _reachedLeft)
        {
            _tightEnd[i] = 0;
        }

        for (var k = 0; k < n; k++)
        {
            _tightEnd[_scanUnit[k]]++;
        }

        var at = 0;
        foreach (var i in _reachedLeft)
        {
            _tightStart[i] = at;
            at += _tightEnd[i];
            _tightEnd[i] = _tightStart[i];
        }

        for (var k = 0; k < n; k++)
        {
            var i = _scanUnit[k];
            var p = _tightEnd[i]++;
            _tightTarget[p] = _scanTarget[k];
            _tightCost[p] = _scanCost[k];
        }
    }

    private void MovePotentials(int distance)
    {
        foreach (var i in _reachedLeft)
        {
            var d = _leftDistance[i];
            if (d <= distance)
            {
                _leftPotential[i] += d - distance;
            }
        }

        foreach (var j in _settledRight)
        {
            var d = _rightDistance[j];
            if (d < distance)
            {
                _rightPotential[j] += d - distance;
            }
        }
    }

    /// <summary>
    /// Depth-first search from a free left unit along zero-reduced-cost arcs to a right node with a free place;
    /// on success shifts the units along the path.
    /// </summary>
    [MethodImpl(MatchingGraph.Optimized)]
    private bool Augment(int root)
    {
        var depth = 0;
        _stackLeft[0] = root;
        _stackCursor[0] = TightStart(root);
        _stackRight[0] = -1;
        _leftVisit[root] = _visitStamp;
        while (depth >= 0)
        {
            var i = _stackLeft[depth];
            if (_stackRight[depth] < 0)
            {
                // Choose the next admissible right node of unit i among the arcs Dijkstra found tight.
                var end = TightEnd(i);
                var cursor = _stackCursor[depth];
                var chosen = -1;
                while (cursor < end)
                {
                    var j = _tightTarget[cursor];
                    var c = _tightCost[cursor];
                    cursor++;
                    if (j == _rightOf[i] || _rightVisit[j] == _visitStamp || c + _leftPotential[i] - _rightPotential[j] != 0)
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

                _stackRight[depth] = chosen;
                _stackSlot[depth] = 0;
                if (_slotCount[chosen] < _capacity[chosen])
                {
                    // A right node with a free place stays open to later paths of this phase until it is full.
                    Shift(depth);
                    return true;
                }

                _rightVisit[chosen] = _visitStamp;
            }

            // Try the units of the chosen right node, from the current slot on.
            var mentor = _stackRight[depth];
            var descended = false;
            while (_stackSlot[depth] < _slotCount[mentor])
            {
                var k = _slots[_slotStart[mentor] + _stackSlot[depth]];
                if (_leftVisit[k] != _visitStamp && -_costOf[k] + _rightPotential[mentor] - _leftPotential[k] == 0)
                {
                    _leftVisit[k] = _visitStamp;
                    depth++;
                    _stackLeft[depth] = k;
                    _stackCursor[depth] = TightStart(k);
                    _stackRight[depth] = -1;
                    descended = true;
                    break;
                }

                _stackSlot[depth]++;
            }

            if (!descended)
            {
                _stackRight[depth] = -1;
            }
        }

        return false;
    }

    private int TightStart(int i) => _leftStamp[i] == _phase ? _tightStart[i] : 0;

    private int TightEnd(int i) => _leftStamp[i] == _phase ? _tightEnd[i] : 0;

    /// <summary>Applies the augmenting path held on the stack, deepest unit first.</summary>
    private void Shift(int top)
    {
        for (var d = top; d >= 0; d--)
        {
            var unit = _stackLeft[d];
            var right = _stackRight[d];
            if (d == top)
            {
                _slots[_slotStart[right] + _slotCount[right]] = unit;
                _slotCount[right]++;
                _freePlaces--;
            }
            else
            {
                _slots[_slotStart[right] + _stackSlot[d]] = unit;
            }

            _rightOf[unit] = right;
            _costOf[unit] = _stackCost[d];
        }
    }
}
