using CsCheck;
using Mentorship.Domain.Matching;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Tests.Matching;

/// <summary>
/// Small random problems (up to 6 mentees, 4 mentors, 5 topics, 2 organisations) with ties, self pairs,
/// exclusions, zero capacities, minimum scores and stated rankings; and exhaustive search to check against.
/// </summary>
internal static class SmallInstances
{
    private static readonly TopicCode[] Topics =
        new[] { "adaptation", "digital", "parents", "assessment", "burnout" }.Select(TopicCode.From).ToArray();

    private static readonly string[] Subjects = ["music", "art", "robotics"];

    public static Gen<MatchingProblem> Problems { get; } =
        Gen.Select(Gen.Int[0, 6], Gen.Int[1, 4], Gen.Int, Gen.Int[0, 3])
            .Select((mentees, mentors, seed, mode) => Build(mentees, mentors, seed, network: mode == 1, minimumScore: mode == 2 ? 1 + (seed & 7) : 0));

    public static MatchingProblem Build(int menteeCount, int mentorCount, int seed, bool network, int minimumScore)
    {
        var random = new Random(seed);
        OrganizationId[] orgs = [OrganizationId.From("A"), OrganizationId.From("B")];
        var mentors = new List<MatchingMentor>();
        for (var j = 0; j < mentorCount; j++)
        {
            var topics = Topics.OrderBy(_ => random.Next()).Take(random.Next(1, 4));
            mentors.Add(new MatchingMentor(
                EducatorId.From($"M{j}"),
                orgs[random.Next(2)],
                topics.Select(t => new KeyValuePair<TopicCode, int>(t, random.Next(1, 4))).ToArray(),
                random.Next(0, 3),
                Subjects.OrderBy(_ => random.Next()).Take(random.Next(0, 2)).ToArray(),
                random.Next(3) == 0 ? Enumerable.Range(0, menteeCount).OrderBy(_ => random.Next()).Take(random.Next(1, menteeCount + 1)).Select(i => EducatorId.From($"E{i}")).ToArray() : null));
        }

        var mentees = new List<MatchingMentee>();
        for (var i = 0; i < menteeCount; i++)
        {
            // One in eight is also a mentor (reverse mentoring): the same identifier.
            var id = random.Next(8) == 0 ? mentors[random.Next(mentorCount)].Id : EducatorId.From($"E{i}");
            if (mentees.Any(m => m.Id == id))
            {
                id = EducatorId.From($"E{i}");
            }

            mentees.Add(new MatchingMentee(
                id,
                orgs[random.Next(2)],
                Topics.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToArray(),
                Subjects.OrderBy(_ => random.Next()).Take(random.Next(0, 2)).ToArray(),
                random.Next(6) == 0 ? [mentors[random.Next(mentorCount)].Id] : null,
                random.Next(3) == 0 ? mentors.OrderBy(_ => random.Next()).Take(random.Next(1, mentorCount + 1)).Select(m => m.Id).ToArray() : null));
        }

        var policy = MatchingPolicy.Default.WithNetwork(network).WithMinimumScore(minimumScore);
        return new MatchingProblem(mentees, mentors, policy);
    }

    /// <summary>Every feasible assignment (mentor index or -1 per mentee, in problem order).</summary>
    public static IEnumerable<int[]> AllMatchings(MatchingProblem problem)
    {
        var mentees = problem.Mentees;
        var mentors = problem.Mentors;
        var left = mentors.Select(m => problem.FreePlacesOf(m.Id)).ToArray();
        var choice = new int[mentees.Count];
        var eligible = mentees.Select(e => Enumerable.Range(0, mentors.Count)
            .Where(j => MatchingEligibility.CheckIgnoringPlaces(mentors[j], e, problem.Policy).Count == 0).ToArray()).ToArray();

        IEnumerable<int[]> Walk(int i)
        {
            if (i == mentees.Count)
            {
                yield return (int[])choice.Clone();
                yield break;
            }

            choice[i] = -1;
            foreach (var m in Walk(i + 1))
            {
                yield return m;
            }

            foreach (var j in eligible[i])
            {
                if (left[j] == 0)
                {
                    continue;
                }

                left[j]--;
                choice[i] = j;
                foreach (var m in Walk(i + 1))
                {
                    yield return m;
                }

                left[j]++;
            }
        }

        return Walk(0);
    }

    /// <summary>The best (matched, score) over every feasible assignment.</summary>
    public static (int Matched, int Score) Optimum(MatchingProblem problem)
    {
        var best = (Matched: 0, Score: 0);
        foreach (var m in AllMatchings(problem))
        {
            var value = Value(problem, m);
            if (value.Matched > best.Matched || (value.Matched == best.Matched && value.Score > best.Score))
            {
                best = value;
            }
        }

        return best;
    }

    public static (int Matched, int Score) Value(MatchingProblem problem, int[] matching)
    {
        var matched = 0;
        var score = 0;
        for (var i = 0; i < matching.Length; i++)
        {
            if (matching[i] >= 0)
            {
                matched++;
                score += MatchingScore.Of(problem.Mentors[matching[i]], problem.Mentees[i]);
            }
        }

        return (matched, score);
    }

    /// <summary>The result as a mentor index (or -1) per mentee, in problem order.</summary>
    public static int[] AsIndices(MatchingProblem problem, MatchingResult result) =>
        problem.Mentees.Select(e => result.AssignmentOf(e.Id) is { } a ? problem.Mentors.ToList().FindIndex(m => m.Id == a.Mentor) : -1).ToArray();

    /// <summary>The mentee's preference key for a mentor (lower is better), written from the documented rule.</summary>
    public static long MenteeKey(MatchingProblem problem, int i, int j)
    {
        var stated = problem.Mentees[i].PreferredMentors.ToList().IndexOf(problem.Mentors[j].Id);
        return stated >= 0
            ? stated
            : problem.Mentees[i].PreferredMentors.Count + ((long)(MatchingScore.MaxScore - MatchingScore.Of(problem.Mentors[j], problem.Mentees[i])) * problem.Mentors.Count) + j;
    }

    /// <summary>The mentor's preference key for a mentee (lower is better).</summary>
    public static long MentorKey(MatchingProblem problem, int j, int i)
    {
        var stated = problem.Mentors[j].PreferredMentees.ToList().IndexOf(problem.Mentees[i].Id);
        return stated >= 0
            ? stated
            : problem.Mentors[j].PreferredMentees.Count + ((long)(MatchingScore.MaxScore - MatchingScore.Of(problem.Mentors[j], problem.Mentees[i])) * problem.Mentees.Count) + i;
    }

    /// <summary>A pair that would both rather be together, if any.</summary>
    public static (int Mentee, int Mentor)? BlockingPair(MatchingProblem problem, int[] matching)
    {
        for (var i = 0; i < matching.Length; i++)
        {
            for (var j = 0; j < problem.Mentors.Count; j++)
            {
                if (matching[i] == j || MatchingEligibility.CheckIgnoringPlaces(problem.Mentors[j], problem.Mentees[i], problem.Policy).Count > 0)
                {
                    continue;
                }

                var menteeWants = matching[i] < 0 || MenteeKey(problem, i, j) < MenteeKey(problem, i, matching[i]);
                var held = Enumerable.Range(0, matching.Length).Where(k => matching[k] == j).ToArray();
                var capacity = problem.FreePlacesOf(problem.Mentors[j].Id);
                var mentorWants = capacity > 0 && (held.Length < capacity || held.Any(k => MentorKey(problem, j, i) < MentorKey(problem, j, k)));
                if (menteeWants && mentorWants)
                {
                    return (i, j);
                }
            }
        }

        return null;
    }
}
