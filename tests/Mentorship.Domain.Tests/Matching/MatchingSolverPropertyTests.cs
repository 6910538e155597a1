using Mentorship.Domain.Tests.TestHelpers;
using CsCheck;
using Mentorship.Domain.Matching;

namespace Mentorship.Domain.Tests.Matching;

public class MatchingSolverPropertyTests
{
    [Fact]
    public void Solve_OptimalMode_EqualsTheExhaustiveOptimum() =>
        SmallInstances.Problems.Sample(
            problem =>
            {
                var result = problem.Solve();
                (result.MatchedCount, result.TotalScore).Should().Be(SmallInstances.Optimum(problem));
            },
            iter: 400);

    [Fact]
    public void Solve_ShuffledInput_GivesTheSamePairs() =>
        Gen.Select(SmallInstances.Problems, Gen.Int).Sample(
            t =>
            {
                var (problem, seed) = t;
                var random = new Random(seed);
                var shuffled = new MatchingProblem(
                    problem.Mentees.OrderBy(_ => random.Next()).ToArray(), problem.Mentors.OrderBy(_ => random.Next()).ToArray(), problem.Policy);
                foreach (var mode in new[] { MatchingMode.Optimal, MatchingMode.Stable })
                {
                    var expected = problem.WithPolicy(problem.Policy.WithMode(mode)).Solve();
                    var actual = shuffled.WithPolicy(problem.Policy.WithMode(mode)).Solve();
                    actual.Assignments.Select(a => (a.Mentor, a.Mentee, a.Score)).Should().Equal(expected.Assignments.Select(a => (a.Mentor, a.Mentee, a.Score)));
                    actual.Unmatched.Should().BeEquivalentTo(expected.Unmatched, o => o.WithStrictOrdering());
                }
            },
            iter: 200);

    [Fact]
    public void Solve_AnyMode_KeepsEveryRuleAndCapacityAndExplainsScores() =>
        Gen.Select(SmallInstances.Problems, Gen.Bool).Sample(
            t =>
            {
                var (problem, stable) = t;
                problem = problem.WithPolicy(problem.Policy.WithMode(stable ? MatchingMode.Stable : MatchingMode.Optimal));
                var result = problem.Solve();
                foreach (var a in result.Assignments)
                {
                    var mentor = problem.FindMentor(a.Mentor)!;
                    var mentee = problem.FindMentee(a.Mentee)!;
                    MatchingEligibility.CheckIgnoringPlaces(mentor, mentee, problem.Policy).Should().BeEmpty();
                    a.Breakdown.Should().BeEquivalentTo(MatchingScore.Explain(mentor, mentee));
                }

                foreach (var mentor in problem.Mentors)
                {
                    result.MenteesOf(mentor.Id).Count.Should().BeLessThanOrEqualTo(mentor.Capacity);
                }

                foreach (var u in result.Unmatched)
                {
                    if (u.Reason == UnmatchedReason.AllCapableMentorsFull)
                    {
                        u.FullMentors.Should().NotBeEmpty().And.OnlyContain(m => result.MenteesOf(m).Count == problem.FindMentor(m)!.Capacity);
                    }
                    else
                    {
                        problem.Mentors.Should().OnlyContain(m => MatchingEligibility.CheckIgnoringPlaces(m, problem.FindMentee(u.Mentee)!, problem.Policy).Count > 0);
                    }
                }

                (result.MatchedCount + result.Unmatched.Count).Should().Be(result.MenteeCount);
            },
            iter: 300);

    [Fact]
    public void Solve_StableMode_LeavesNoBlockingPair() =>
        SmallInstances.Problems.Sample(
            problem =>
            {
                problem = problem.WithPolicy(problem.Policy.WithMode(MatchingMode.Stable));
                var matching = SmallInstances.AsIndices(problem, problem.Solve());
                SmallInstances.BlockingPair(problem, matching).Should().BeNull();
            },
            iter: 300);

    [Fact]
    public void Solve_StableMode_GivesEveryMenteeTheBestPartnerOfAnyStableMatching() =>
        SmallInstances.Problems.Sample(
            problem =>
            {
                problem = problem.WithPolicy(problem.Policy.WithMode(MatchingMode.Stable));
                var ours = SmallInstances.AsIndices(problem, problem.Solve());
                foreach (var other in SmallInstances.AllMatchings(problem).Where(m => SmallInstances.BlockingPair(problem, m) is null))
                {
                    for (var i = 0; i < ours.Length; i++)
                    {
                        if (other[i] >= 0)
                        {
                            ours[i].Should().BeGreaterThanOrEqualTo(0);
                            SmallInstances.MenteeKey(problem, i, ours[i]).Should().BeLessThanOrEqualTo(SmallInstances.MenteeKey(problem, i, other[i]));
                        }
                    }
                }
            },
            iter: 150);

    [Fact]
    public void BuildGraph_Arcs_AreExactlyTheEligiblePairsWithTheirScores() =>
        SmallInstances.Problems.Sample(
            problem =>
            {
                var graph = problem.BuildGraph();
                for (var i = 0; i < problem.Mentees.Count; i++)
                {
                    var arcs = Enumerable.Range(graph.ArcStart[i], graph.ArcStart[i + 1] - graph.ArcStart[i])
                        .Select(a => (Mentor: graph.ArcMentor[a], Score: MatchingScore.MaxScore - graph.ArcCost[a]))
                        .ToArray();
                    var expected = Enumerable.Range(0, problem.Mentors.Count)
                        .Where(j => MatchingEligibility.CheckIgnoringPlaces(problem.Mentors[j], problem.Mentees[i], problem.Policy).Count == 0)
                        .Select(j => (Mentor: j, Score: MatchingScore.Of(problem.Mentors[j], problem.Mentees[i])))
                        .OrderByDescending(x => x.Score).ThenBy(x => x.Mentor)
                        .ToArray();
                    arcs.Should().Equal(expected);
                }
            },
            iter: 300);

    [Fact]
    public void Solve_ManyInterchangeablePeople_MatchesTheExhaustiveOptimum()
    {
        // Larger than the random ones, full of ties: eight mentees with the same request over three mentors.
        var mentees = Enumerable.Range(0, 8).Select(i => MatchingBuilders.Mentee($"E{i}", i % 2 == 0 ? "digital;parents" : "parents;digital"));
        var mentors = new[]
        {
            MatchingBuilders.Mentor("M0", 2, "digital:3"),
            MatchingBuilders.Mentor("M1", 3, "parents:2;digital:1"),
            MatchingBuilders.Mentor("M2", 2, "parents:3"),
        };
        var problem = new MatchingProblem(mentees, mentors);

        var result = problem.Solve();

        (result.MatchedCount, result.TotalScore).Should().Be(SmallInstances.Optimum(problem));
    }
}
