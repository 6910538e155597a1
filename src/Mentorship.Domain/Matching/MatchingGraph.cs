using System;
using System.Collections.Generic;
#if NET
using System.Numerics;
#endif
using Mentorship.Domain.People;

namespace Mentorship.Domain.Matching;

/// <summary>
/// The fast internal form of a problem: mentees and mentors by index (sorted by identifier), free places per
/// mentor, and for each mentee its eligible mentors sorted by arc cost (<see cref="MatchingScore.MaxScore"/>
/// minus the score, so 0 to 26), ties by mentor index.
/// </summary>
/// <remarks>
/// Scores are computed a mentee at a time over all mentors: the mentors' levels are held topic by topic, so
/// the request points of one mentee for every mentor are a few vector additions; bonuses come from
/// per-subject and per-organisation mentor lists. Eligibility is the same as the rule classes' (checked by
/// the tests), in a form that costs a few instructions a pair.
/// </remarks>
internal sealed class MatchingGraph
{
    private MatchingGraph(int menteeCount, int mentorCount, int[] capacity, int[][] arcMentor, byte[][] arcCost)
    {
        MenteeCount = menteeCount;
        MentorCount = mentorCount;
        Capacity = capacity;
        ArcMentor = arcMentor;
        ArcCost = arcCost;
    }

    /// <summary>The number of mentees to match.</summary>
    public int MenteeCount { get; }

    /// <summary>The number of mentors.</summary>
    public int MentorCount { get; }

    /// <summary>Free places per mentor.</summary>
    public int[] Capacity { get; }

    /// <summary>Per mentee: the eligible mentors, by ascending cost then index.</summary>
    public int[][] ArcMentor { get; }

    /// <summary>Per mentee: the costs matching <see cref="ArcMentor"/>.</summary>
    public byte[][] ArcCost { get; }

    /// <summary>The total number of eligible pairs.</summary>
    public long ArcCount
    {
        get
        {
            long total = 0;
            foreach (var arcs in ArcMentor)
            {
                total += arcs.Length;
            }

            return total;
        }
    }

    /// <summary>Builds the graph.</summary>
    /// <param name="mentees">The mentees to match, sorted by identifier.</param>
    /// <param name="mentors">The mentors, sorted by identifier.</param>
    /// <param name="freePlaces">Free places per mentor.</param>
    /// <param name="network">Whether mentors of other organisations are in scope.</param>
    /// <param name="minimumScore">The lowest score allowed.</param>
    public static MatchingGraph Build(
        IReadOnlyList<MatchingMentee> mentees, IReadOnlyList<MatchingMentor> mentors, int[] freePlaces, bool network, int minimumScore)
    {
        var nE = mentees.Count;
        var nR = mentors.Count;

        // Topic rows: only topics some mentee requests matter.
        var topicIndex = new Dictionary<TopicCode, int>();
        foreach (var mentee in mentees)
        {
            foreach (var topic in mentee.Requests)
            {
                if (!topicIndex.ContainsKey(topic))
                {
                    topicIndex.Add(topic, topicIndex.Count);
                }
            }
        }

        var levels = new byte[Math.Max(1, topicIndex.Count) * nR];
        var subjectMentors = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var organizationIndex = new Dictionary<OrganizationId, int>();
        var organizationMentors = new List<List<int>>();
        var mentorIndex = new Dictionary<EducatorId, int>(nR);
        for (var j = 0; j < nR; j++)
        {
            var mentor = mentors[j];
            mentorIndex[mentor.Id] = j;
            foreach (var pair in mentor.Competencies)
            {
                if (topicIndex.TryGetValue(pair.Key, out var t))
                {
                    levels[(t * nR) + j] = (byte)pair.Value;
                }
            }

            foreach (var subject in mentor.Subjects)
            {
                if (!subjectMentors.TryGetValue(subject, out var list))
                {
                    list = [];
                    subjectMentors.Add(subject, list);
                }

                list.Add(j);
            }

            if (!organizationIndex.TryGetValue(mentor.OrganizationId, out var o))
            {
                o = organizationMentors.Count;
                organizationIndex.Add(mentor.OrganizationId, o);
                organizationMentors.Add([]);
            }

            organizationMentors[o].Add(j);
        }

        var points = new byte[nR];
        var bonus = new byte[nR];
        var blocked = new bool[nR];
        var tempMentor = new int[nR];
        var tempCost = new byte[nR];
        var levelCount = new int[MatchingScore.MaxScore + 2];
        var arcMentor = new int[nE][];
        var arcCost = new byte[nE][];
        var all = new int[nR];
        for (var j = 0; j < nR; j++)
        {
            all[j] = j;
        }

        for (var i = 0; i < nE; i++)
        {
            var mentee = mentees[i];
            var hasOrganization = organizationIndex.TryGetValue(mentee.OrganizationId, out var org);
            var candidates = network ? all : hasOrganization ? organizationMentors[org].ToArray() : [];
            if (candidates.Length == 0)
            {
                arcMentor[i] = [];
                arcCost[i] = [];
                continue;
            }

            AccumulateRequestPoints(mentee, topicIndex, levels, nR, points);
            var subjectLists = new List<List<int>>();
            foreach (var subject in mentee.Subjects)
            {
                if (subjectMentors.TryGetValue(subject, out var list))
                {
                    subjectLists.Add(list);
                    foreach (var j in list)
                    {
                        bonus[j] = MatchingScore.SharedSubjectBonus;
                    }
                }
            }

            if (hasOrganization)
            {
                foreach (var j in organizationMentors[org])
                {
                    bonus[j] += MatchingScore.SameOrganizationBonus;
                }
            }

            var hasSelf = mentorIndex.TryGetValue(mentee.Id, out var self);
            if (hasSelf)
            {
                blocked[self] = true;
            }

            foreach (var excluded in mentee.ExcludedMentors)
            {
                if (mentorIndex.TryGetValue(excluded, out var j))
                {
                    blocked[j] = true;
                }
            }

            var count = 0;
            Array.Clear(levelCount, 0, levelCount.Length);
            foreach (var j in candidates)
            {
                int p = points[j];
                if (p == 0 || blocked[j])
                {
                    continue;
                }

                var score = p + bonus[j];
                if (score < minimumScore)
                {
                    continue;
                }

                var cost = (byte)(MatchingScore.MaxScore - score);
                tempMentor[count] = j;
                tempCost[count] = cost;
                levelCount[cost + 1]++;
                count++;
            }

            // Counting sort by cost; a stable pass keeps mentor order inside a cost.
            for (var c = 1; c < levelCount.Length; c++)
            {
                levelCount[c] += levelCount[c - 1];
            }

            var mentorsOut = new int[count];
            var costsOut = new byte[count];
            for (var k = 0; k < count; k++)
            {
                var at = levelCount[tempCost[k]]++;
                mentorsOut[at] = tempMentor[k];
                costsOut[at] = tempCost[k];
            }

            arcMentor[i] = mentorsOut;
            arcCost[i] = costsOut;

            // Undo the per-mentee marks.
            foreach (var list in subjectLists)
            {
                foreach (var j in list)
                {
                    bonus[j] = 0;
                }
            }

            if (hasOrganization)
            {
                foreach (var j in organizationMentors[org])
                {
                    bonus[j] = 0;
                }
            }

            if (hasSelf)
            {
                blocked[self] = false;
            }

            foreach (var excluded in mentee.ExcludedMentors)
            {
                if (mentorIndex.TryGetValue(excluded, out var j))
                {
                    blocked[j] = false;
                }
            }
        }

        return new MatchingGraph(nE, nR, (int[])freePlaces.Clone(), arcMentor, arcCost);
    }

    private static void AccumulateRequestPoints(
        MatchingMentee mentee, Dictionary<TopicCode, int> topicIndex, byte[] levels, int nR, byte[] points)
    {
        Array.Clear(points, 0, nR);
        for (var r = 0; r < mentee.Requests.Count; r++)
        {
            var row = topicIndex[mentee.Requests[r]] * nR;
            var weight = MatchingScore.WeightOf(r + 1);
            var j = 0;
#if NET
            if (Vector.IsHardwareAccelerated)
            {
                var width = Vector<byte>.Count;
                for (; j <= nR - width; j += width)
                {
                    var level = new Vector<byte>(levels, row + j);
                    var sum = new Vector<byte>(points, j) + level;
                    if (weight > 1)
                    {
                        sum += level;
                    }

                    if (weight > 2)
                    {
                        sum += level;
                    }

                    sum.CopyTo(points, j);
                }
            }
#endif
            for (; j < nR; j++)
            {
                points[j] += (byte)(weight * levels[row + j]);
            }
        }
    }
}
