using System;
using System.Collections.Generic;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Matching;

/// <summary>
/// The strict preference orders of the stable mode, as sort keys (lower is preferred). A stated ranking comes
/// first, in its order (partners it names who are not eligible are skipped); everyone else eligible follows by
/// score, highest first, then by identifier.
/// </summary>
internal sealed class StablePreferences
{
    private readonly MatchingGraph _graph;
    private readonly MatchingMentee[] _mentees;
    private readonly IReadOnlyList<MatchingMentor> _mentors;
    private readonly Dictionary<EducatorId, int> _menteeIndex = [];
    private readonly Dictionary<EducatorId, int> _mentorIndex = [];

    public StablePreferences(MatchingGraph graph, MatchingMentee[] mentees, IReadOnlyList<MatchingMentor> mentors)
    {
        _graph = graph;
        _mentees = mentees;
        _mentors = mentors;
        for (var i = 0; i < mentees.Length; i++)
        {
            _menteeIndex[mentees[i].Id] = i;
        }

        for (var j = 0; j < mentors.Count; j++)
        {
            _mentorIndex[mentors[j].Id] = j;
        }
    }

    /// <summary>The cost of the arc, or -1 when the pair is not eligible.</summary>
    public int CostOf(int mentee, int mentor)
    {
        for (var a = _graph.ArcStart[mentee]; a < _graph.ArcStart[mentee + 1]; a++)
        {
            if (_graph.ArcMentor[a] == mentor)
            {
                return _graph.ArcCost[a];
            }
        }

        return -1;
    }

    /// <summary>The mentee's key for an eligible mentor.</summary>
    public long MenteeKey(int mentee, int mentor, int cost)
    {
        var stated = _mentees[mentee].PreferredMentors;
        for (var p = 0; p < stated.Count; p++)
        {
            if (stated[p] == _mentors[mentor].Id)
            {
                return p;
            }
        }

        return stated.Count + ((long)cost * _mentors.Count) + mentor;
    }

    /// <summary>The mentor's key for an eligible mentee.</summary>
    public long MentorKey(int mentor, int mentee, int cost)
    {
        var stated = _mentors[mentor].PreferredMentees;
        for (var p = 0; p < stated.Count; p++)
        {
            if (stated[p] == _mentees[mentee].Id)
            {
                return p;
            }
        }

        return stated.Count + ((long)cost * _mentees.Length) + mentee;
    }

    /// <summary>The mentee's eligible mentors, most preferred first, with the arc costs.</summary>
    public int[] MenteeList(int mentee, out byte[] costs)
    {
        var start = _graph.ArcStart[mentee];
        var end = _graph.ArcStart[mentee + 1];
        var stated = _mentees[mentee].PreferredMentors;
        if (stated.Count == 0)
        {
            // Arcs are already sorted by cost (score descending), then mentor index.
            var plain = new int[end - start];
            Array.Copy(_graph.ArcMentor, start, plain, 0, plain.Length);
            costs = new byte[end - start];
            Array.Copy(_graph.ArcCost, start, costs, 0, costs.Length);
            return plain;
        }

        var list = new List<(long Key, int Mentor, byte Cost)>(end - start);
        for (var a = start; a < end; a++)
        {
            var j = _graph.ArcMentor[a];
            list.Add((MenteeKey(mentee, j, _graph.ArcCost[a]), j, _graph.ArcCost[a]));
        }

        list.Sort((x, y) => x.Key.CompareTo(y.Key));
        costs = list.ConvertAll(x => x.Cost).ToArray();
        return list.ConvertAll(x => x.Mentor).ToArray();
    }

    /// <summary>The index of an open mentee, or -1.</summary>
    public int MenteeIndexOf(EducatorId id) => _menteeIndex.TryGetValue(id, out var i) ? i : -1;

    /// <summary>The index of a mentor, or -1.</summary>
    public int MentorIndexOf(EducatorId id) => _mentorIndex.TryGetValue(id, out var j) ? j : -1;
}
