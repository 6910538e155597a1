using System.Collections.Generic;

namespace Mentorship.Domain.Matching;

/// <summary>
/// Mentee-proposing deferred acceptance (Gale–Shapley) with mentor capacities: each free mentee proposes to the
/// next mentor on their list; a mentor holds the best proposals up to their free places and releases the worst
/// when a better one comes. With strict preferences the result is stable and the best stable matching for
/// every mentee, whatever the order of proposals.
/// </summary>
internal static class DeferredAcceptanceSolver
{
    /// <summary>For each mentee, the index of its mentor, or -1.</summary>
    public static int[] Solve(MatchingGraph graph, StablePreferences preferences)
    {
        var nE = graph.MenteeCount;
        var mentorOf = new int[nE];
        var lists = new int[nE][];
        var costs = new byte[nE][];
        var next = new int[nE];
        var held = new List<(int Mentee, long Key)>[graph.MentorCount];
        var free = new Queue<int>();
        for (var i = 0; i < nE; i++)
        {
            mentorOf[i] = -1;
            lists[i] = preferences.MenteeList(i, out costs[i]);
            free.Enqueue(i);
        }

        while (free.Count > 0)
        {
            var i = free.Dequeue();
            while (next[i] < lists[i].Length)
            {
                var cost = costs[i][next[i]];
                var j = lists[i][next[i]++];
                var capacity = graph.Capacity[j];
                if (capacity == 0)
                {
                    continue;
                }

                var key = preferences.MentorKey(j, i, cost);
                var list = held[j] ??= [];
                if (list.Count < capacity)
                {
                    list.Add((i, key));
                    mentorOf[i] = j;
                    break;
                }

                var worst = 0;
                for (var k = 1; k < list.Count; k++)
                {
                    if (list[k].Key > list[worst].Key)
                    {
                        worst = k;
                    }
                }

                if (key < list[worst].Key)
                {
                    var released = list[worst].Mentee;
                    list[worst] = (i, key);
                    mentorOf[i] = j;
                    mentorOf[released] = -1;
                    free.Enqueue(released);
                    break;
                }
            }
        }

        return mentorOf;
    }
}
