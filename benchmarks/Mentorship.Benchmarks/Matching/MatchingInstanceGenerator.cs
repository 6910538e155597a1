using Mentorship.Domain.Matching;
using Mentorship.Domain.People;

namespace Mentorship.Benchmarks.Matching;

/// <summary>
/// Deterministic, seeded instances of the matching problem, as the issue describes them: mentors with 2–6
/// competencies at levels 1–3, capacity 1–3 and 0–2 of 12 subjects; mentees with 1–4 requests and 0–2
/// subjects, 5 % with one excluded mentor, 2 % who are also mentors (same identifier and organisation).
/// People are spread evenly over the organisations. The random source is SplitMix64, so an instance
/// depends on its seed only, never on the .NET version.
/// </summary>
public static class MatchingInstanceGenerator
{
    private static readonly TopicCode[] Topics = RequestTopicCatalog.Standard.Topics.Select(t => t.Code).ToArray();

    private static readonly string[] SubjectNames =
    [
        "mathematics", "russian", "literature", "history", "physics", "chemistry",
        "biology", "informatics", "english", "music", "art", "choreography",
    ];

    /// <summary>An instance.</summary>
    /// <param name="mentees">How many mentees.</param>
    /// <param name="mentors">How many mentors.</param>
    /// <param name="organizations">Over how many organisations.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The mentees and the mentors, in generation order.</returns>
    public static (IReadOnlyList<MatchingMentee> Mentees, IReadOnlyList<MatchingMentor> Mentors) Generate(
        int mentees, int mentors, int organizations, ulong seed)
    {
        var random = new SplitMix64(seed);
        var orgs = Enumerable.Range(1, organizations).Select(o => OrganizationId.From($"ORG{o:D3}")).ToArray();
        var mentorList = new List<MatchingMentor>(mentors);
        for (var j = 0; j < mentors; j++)
        {
            var topicCount = 2 + random.Next(5);
            var competencies = Pick(random, Topics.Length, topicCount)
                .Select(t => new KeyValuePair<TopicCode, int>(Topics[t], 1 + random.Next(3)))
                .ToArray();
            mentorList.Add(new MatchingMentor(
                EducatorId.From($"T{j + 1:D5}"),
                orgs[j % organizations],
                competencies,
                1 + random.Next(3),
                Pick(random, SubjectNames.Length, random.Next(3)).Select(s => SubjectNames[s])));
        }

        var menteeList = new List<MatchingMentee>(mentees);
        for (var i = 0; i < mentees; i++)
        {
            var requests = Pick(random, Topics.Length, 1 + random.Next(4)).Select(t => Topics[t]).ToArray();
            var subjects = Pick(random, SubjectNames.Length, random.Next(3)).Select(s => SubjectNames[s]).ToArray();
            var org = orgs[i % organizations];
            var id = EducatorId.From($"S{i + 1:D5}");
            if (random.Next(100) < 2)
            {
                // Also a mentor: take the identity (and organisation) of a mentor.
                var twin = mentorList[random.Next(mentorList.Count)];
                id = twin.Id;
                org = twin.OrganizationId;
            }

            EducatorId[] excluded = [];
            if (random.Next(100) < 5)
            {
                excluded = [mentorList[random.Next(mentorList.Count)].Id];
            }

            menteeList.Add(new MatchingMentee(id, org, requests, subjects, excluded));
        }

        // A mentor identity may have been drawn twice for the "also a mentor" cases: keep mentee ids unique.
        var seen = new HashSet<EducatorId>();
        var unique = new List<MatchingMentee>(menteeList.Count);
        for (var i = 0; i < menteeList.Count; i++)
        {
            var mentee = menteeList[i];
            if (!seen.Add(mentee.Id))
            {
                mentee = new MatchingMentee(
                    EducatorId.From($"S{i + 1:D5}"), mentee.OrganizationId, mentee.Requests, mentee.Subjects, mentee.ExcludedMentors);
                seen.Add(mentee.Id);
            }

            unique.Add(mentee);
        }

        return (unique, mentorList);
    }

    /// <summary>Chooses <paramref name="count"/> distinct indices below <paramref name="n"/>, in random order.</summary>
    private static int[] Pick(SplitMix64 random, int n, int count)
    {
        var pool = Enumerable.Range(0, n).ToArray();
        for (var k = 0; k < count; k++)
        {
            var swap = k + random.Next(n - k);
            (pool[k], pool[swap]) = (pool[swap], pool[k]);
        }

        return pool[..count];
    }

    /// <summary>SplitMix64: a small, fixed, seeded random source.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public int Next(int bound)
        {
            _state += 0x9E3779B97F4A7C15UL;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z % (ulong)bound);
        }
    }
}
