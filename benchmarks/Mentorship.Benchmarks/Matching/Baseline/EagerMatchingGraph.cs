using System.Runtime.CompilerServices;
#if NET
using System.Numerics;
#endif
using Mentorship.Domain.Matching;
using Mentorship.Domain.People;

namespace Mentorship.Benchmarks.Matching.Baseline;

/// <summary>
/// The matcher as it was before lazy arcs (commit 6622acf), kept verbatim for side-by-side benchmarks.
/// 
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
internal sealed class EagerMatchingGraph
{
    /// <summary>
    /// <c>MethodImplOptions.AggressiveOptimization</c> (absent from netstandard2.0, ignored by the .NET Framework):
    /// a matching usually runs once per process, so the hot loops are compiled fully optimised at once.
    /// </summary>
    internal const MethodImplOptions Optimized = (MethodImplOptions)512;

    private EagerMatchingGraph(int menteeCount, int mentorCount, int[] capacity, int[] arcStart, int[] arcMentor, byte[] arcCost)
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
    [MethodImpl(Optimized)]
    public static EagerMatchingGraph Build(
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

        var scorer = new Scorer(
            nR, topicIndex, levels, subjectMentors, organizationIndex, organizationMentors.ConvertAll(l => l.ToArray()), mentorIndex, network, minimumScore);

        // Two passes (count, then fill) give arrays of the exact size: at millions of arcs, growing and
        // copying, or first touches of spare memory, cost more than scoring twice.
        var arcStart = new int[nE + 1];
        for (var i = 0; i < nE; i++)
        {
            arcStart[i + 1] = arcStart[i] + scorer.Score(mentees[i]);
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
            var count = scorer.Score(mentees[i]);
            var costs = scorer.Costs;
            var found = scorer.Mentors;

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

        return new EagerMatchingGraph(nE, nR, (int[])freePlaces.Clone(), arcStart, arcMentor, arcCost);
    }

    /// <summary>Scores one mentee against every mentor in scope, into reused buffers.</summary>
    private sealed class Scorer
    {
        private readonly int _nR;
        private readonly Dictionary<TopicCode, int> _topicIndex;
        private readonly byte[] _levels;
        private readonly Dictionary<string, List<int>> _subjectMentors;
        private readonly Dictionary<OrganizationId, int> _organizationIndex;
        private readonly List<int[]> _organizationMentors;
        private readonly Dictionary<EducatorId, int> _mentorIndex;
        private readonly bool _network;
        private readonly int _minimumScore;
        private readonly byte[] _points;
        private readonly byte[] _bonus;
        private readonly int[] _all;

        public Scorer(
            int nR,
            Dictionary<TopicCode, int> topicIndex,
            byte[] levels,
            Dictionary<string, List<int>> subjectMentors,
            Dictionary<OrganizationId, int> organizationIndex,
            List<int[]> organizationMentors,
            Dictionary<EducatorId, int> mentorIndex,
            bool network,
            int minimumScore)
        {
            _nR = nR;
            _topicIndex = topicIndex;
            _levels = levels;
            _subjectMentors = subjectMentors;
            _organizationIndex = organizationIndex;
            _organizationMentors = organizationMentors;
            _mentorIndex = mentorIndex;
            _network = network;
            _minimumScore = minimumScore;
            _points = new byte[nR];
            _bonus = new byte[nR];
            Mentors = new int[nR + 1];
            Costs = new byte[nR + 1];
            _all = new int[nR];
            for (var j = 0; j < nR; j++)
            {
                _all[j] = j;
            }
        }

        /// <summary>The eligible mentors of the last mentee scored, in index order.</summary>
        public int[] Mentors { get; }

        /// <summary>Their costs.</summary>
        public byte[] Costs { get; }

        /// <summary>Scores a mentee; returns how many mentors are eligible.</summary>
        [MethodImpl(Optimized)]
        public int Score(MatchingMentee mentee)
        {
            var hasOrganization = _organizationIndex.TryGetValue(mentee.OrganizationId, out var org);
            var candidates = _network ? _all : hasOrganization ? _organizationMentors[org] : [];
            if (candidates.Length == 0)
            {
                return 0;
            }

            AccumulateRequestPoints(mentee, _topicIndex, _levels, _nR, _points);
            foreach (var subject in mentee.Subjects)
            {
                if (_subjectMentors.TryGetValue(subject, out var list))
                {
                    foreach (var j in list)
                    {
                        _bonus[j] = MatchingScore.SharedSubjectBonus;
                    }
                }
            }

            if (hasOrganization)
            {
                foreach (var j in _organizationMentors[org])
                {
                    _bonus[j] += MatchingScore.SameOrganizationBonus;
                }
            }

            // Ruled out by identity or exclusion: no request points, so never eligible below.
            if (_mentorIndex.TryGetValue(mentee.Id, out var self))
            {
                _points[self] = 0;
            }

            foreach (var excluded in mentee.ExcludedMentors)
            {
                if (_mentorIndex.TryGetValue(excluded, out var j))
                {
                    _points[j] = 0;
                }
            }

            // Branch-free compaction: about half the pairs are eligible, so a branch would mispredict often.
            var count = 0;
            var mentors = Mentors;
            var costs = Costs;
            var points = _points;
            var bonus = _bonus;
            var minimum = _minimumScore;
            foreach (var j in candidates)
            {
                int p = points[j];
                var score = p + bonus[j];
                mentors[count] = j;
                costs[count] = (byte)(MatchingScore.MaxScore - score);
                count += (p != 0 ? 1 : 0) & (score >= minimum ? 1 : 0);
            }

            // Undo the per-mentee marks.
            foreach (var subject in mentee.Subjects)
            {
                if (_subjectMentors.TryGetValue(subject, out var list))
                {
                    foreach (var j in list)
                    {
                        _bonus[j] = 0;
                    }
                }
            }

            if (hasOrganization)
            {
                foreach (var j in _organizationMentors[org])
                {
                    _bonus[j] = 0;
                }
            }

            return count;
        }
    }

    [MethodImpl(Optimized)]
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
