using System;
using System.Collections.Generic;
using System.Linq;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Matching;

/// <summary>
/// The problem by index, ready to score in either direction: mentees and mentors in identifier order, topics,
/// subjects and organisations numbered, exclusions and reverse-mentoring identities resolved to indices.
/// Built once per solve in time linear in the people and their lists; read-only afterwards.
/// </summary>
internal sealed class MatchingIndex
{
    private MatchingIndex(ScoringSide menteesToMentors, ScoringSide mentorsToMentees)
    {
        MenteesToMentors = menteesToMentors;
        MentorsToMentees = mentorsToMentees;
    }

    /// <summary>Each mentee (owner) against every mentor (target).</summary>
    public ScoringSide MenteesToMentors { get; }

    /// <summary>Each mentor (owner) against every mentee (target).</summary>
    public ScoringSide MentorsToMentees { get; }

    /// <summary>Builds the index.</summary>
    /// <param name="mentees">The mentees to match, in identifier order.</param>
    /// <param name="mentors">The mentors, in identifier order.</param>
    /// <param name="network">Whether mentors of other organisations are in scope.</param>
    /// <param name="minimumScore">The lowest score allowed.</param>
    public static MatchingIndex Build(IReadOnlyList<MatchingMentee> mentees, IReadOnlyList<MatchingMentor> mentors, bool network, int minimumScore)
    {
        var nE = mentees.Count;
        var nR = mentors.Count;

        // Only topics some mentee requests can score.
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

        var topics = Math.Max(1, topicIndex.Count);
        var subjectIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var organizationIndex = new Dictionary<OrganizationId, int>();
        int Subject(string s)
        {
            if (!subjectIndex.TryGetValue(s, out var k))
            {
                k = subjectIndex.Count;
                subjectIndex.Add(s, k);
            }

            return k;
        }

        int Organization(OrganizationId o)
        {
            if (!organizationIndex.TryGetValue(o, out var k))
            {
                k = organizationIndex.Count;
                organizationIndex.Add(o, k);
            }

            return k;
        }

        var mentorIndex = new Dictionary<EducatorId, int>(nR);
        var levels = new byte[topics * nR];
        var mentorTopics = new int[nR][];
        var mentorFactors = new byte[nR][];
        var mentorSubjects = new int[nR][];
        var mentorOrganization = new int[nR];
        for (var j = 0; j < nR; j++)
        {
            var mentor = mentors[j];
            mentorIndex[mentor.Id] = j;
            var owned = mentor.Competencies.Where(c => topicIndex.ContainsKey(c.Key)).OrderBy(c => topicIndex[c.Key]).ToArray();
            mentorTopics[j] = owned.Select(c => topicIndex[c.Key]).ToArray();
            mentorFactors[j] = owned.Select(c => (byte)c.Value).ToArray();
            foreach (var c in owned)
            {
                levels[(topicIndex[c.Key] * nR) + j] = (byte)c.Value;
            }

            mentorSubjects[j] = mentor.Subjects.Select(Subject).ToArray();
            mentorOrganization[j] = Organization(mentor.OrganizationId);
        }

        var menteeIndex = new Dictionary<EducatorId, int>(nE);
        var weights = new byte[topics * nE];
        var menteeTopics = new int[nE][];
        var menteeFactors = new byte[nE][];
        var menteeSubjects = new int[nE][];
        var menteeOrganization = new int[nE];
        var menteeExcluded = new int[nE][];
        var menteeSelf = new int[nE];
        var excludedBy = new List<int>[nR];
        for (var i = 0; i < nE; i++)
        {
            var mentee = mentees[i];
            menteeIndex[mentee.Id] = i;
            menteeTopics[i] = new int[mentee.Requests.Count];
            menteeFactors[i] = new byte[mentee.Requests.Count];
            for (var r = 0; r < mentee.Requests.Count; r++)
            {
                var t = topicIndex[mentee.Requests[r]];
                var weight = (byte)MatchingScore.WeightOf(r + 1);
                menteeTopics[i][r] = t;
                menteeFactors[i][r] = weight;
                weights[(t * nE) + i] = weight;
            }

            menteeSubjects[i] = mentee.Subjects.Select(Subject).ToArray();
            menteeOrganization[i] = Organization(mentee.OrganizationId);
            var excluded = new List<int>();
            foreach (var id in mentee.ExcludedMentors)
            {
                if (mentorIndex.TryGetValue(id, out var j))
                {
                    excluded.Add(j);
                    (excludedBy[j] ??= []).Add(i);
                }
            }

            menteeExcluded[i] = excluded.ToArray();
            menteeSelf[i] = mentorIndex.TryGetValue(mentee.Id, out var self) ? self : -1;
        }

        var mentorSelf = new int[nR];
        for (var j = 0; j < nR; j++)
        {
            mentorSelf[j] = menteeIndex.TryGetValue(mentors[j].Id, out var self) ? self : -1;
        }

        var menteesToMentors = new ScoringSide
        {
            TargetCount = nR,
            Rows = levels,
            SubjectTargets = Group(mentorSubjects, subjectIndex.Count),
            OrganizationTargets = Group(mentorOrganization.Select(o => new[] { o }).ToArray(), organizationIndex.Count),
            AllTargets = Enumerable.Range(0, nR).ToArray(),
            OwnerTopics = menteeTopics,
            OwnerFactors = menteeFactors,
            OwnerSubjects = menteeSubjects,
            OwnerOrganization = menteeOrganization,
            OwnerExcluded = menteeExcluded,
            OwnerSelf = menteeSelf,
            Network = network,
            MinimumScore = minimumScore,
        };
        var mentorsToMentees = new ScoringSide
        {
            TargetCount = nE,
            Rows = weights,
            SubjectTargets = Group(menteeSubjects, subjectIndex.Count),
            OrganizationTargets = Group(menteeOrganization.Select(o => new[] { o }).ToArray(), organizationIndex.Count),
            AllTargets = Enumerable.Range(0, nE).ToArray(),
            OwnerTopics = mentorTopics,
            OwnerFactors = mentorFactors,
            OwnerSubjects = mentorSubjects,
            OwnerOrganization = mentorOrganization,
            OwnerExcluded = excludedBy.Select(l => l?.ToArray() ?? []).ToArray(),
            OwnerSelf = mentorSelf,
            Network = network,
            MinimumScore = minimumScore,
        };
        return new MatchingIndex(menteesToMentors, mentorsToMentees);
    }

    /// <summary>Inverts "item → keys" into "key → items", items in index order.</summary>
    private static int[][] Group(int[][] keysOf, int keyCount)
    {
        var counts = new int[keyCount];
        foreach (var keys in keysOf)
        {
            foreach (var k in keys)
            {
                counts[k]++;
            }
        }

        var groups = new int[keyCount][];
        for (var k = 0; k < keyCount; k++)
        {
            groups[k] = new int[counts[k]];
            counts[k] = 0;
        }

        for (var item = 0; item < keysOf.Length; item++)
        {
            foreach (var k in keysOf[item])
            {
                groups[k][counts[k]++] = item;
            }
        }

        return groups;
    }
}
