using Mentorship.Domain.Tests.TestHelpers;
using CsCheck;
using Mentorship.Domain.Matching;

namespace Mentorship.Domain.Tests.Matching;

/// <summary>
/// The optimal mode's lazy arcs: whatever is held is a prefix of the full sorted arc list, and the solver's answer
/// depends neither on the batches arcs come in, nor on the number of threads, nor (in value) on the side the
/// search starts from.
/// </summary>
public class LazyArcsPropertyTests
{
    private static readonly int[] Batches = [LazyArcs.OneLevel, 1, 3, LazyArcs.DefaultBatch, LazyArcs.Everything];

    [Fact]
    public void Ensure_AnyLevels_HoldsAPrefixOfTheSortedArcsWithEveryLevelComplete() =>
        Gen.Select(SmallInstances.Problems, Gen.Int[0, 4], Gen.Int[0, LazyArcs.MaxLevel + 3].Array[0, 12]).Sample(
            t =>
            {
                var (problem, b, levels) = t;
                var open = problem.OpenMentees();
                var index = problem.BuildIndex(open);
                var graph = problem.BuildGraph();
                foreach (var mentorSide in new[] { false, true })
                {
                    var side = mentorSide ? index.MentorsToMentees : index.MenteesToMentors;
                    var arcs = new LazyArcs(side, Batches[b], parallelism: 1);
                    for (var owner = 0; owner < side.OwnerCount; owner++)
                    {
                        foreach (var level in levels)
                        {
                            arcs.Ensure(owner, level);
                            var full = FullList(graph, mentorSide, owner);
                            var held = Enumerable.Range(0, arcs.Count[owner]).Select(k => (arcs.Targets[owner][k], (int)arcs.Costs[owner][k])).ToArray();
                            held.Should().Equal(full.Take(held.Length));
                            arcs.Through[owner].Should().BeGreaterThanOrEqualTo(Math.Min(level, LazyArcs.MaxLevel));
                            full.Count(a => a.Cost <= arcs.Through[owner]).Should().Be(held.Length, "levels are held whole");
                            arcs.Total[owner].Should().Be(full.Length);
                        }
                    }
                }
            },
            iter: 200);

    [Fact]
    public void Solve_AnyBatchThreadsOrSide_IsTheExhaustiveOptimumAndTheSamePairsWithinASide() =>
        SmallInstances.Problems.Sample(
            problem =>
            {
                var open = problem.OpenMentees();
                var index = problem.BuildIndex(open);
                var optimum = SmallInstances.Optimum(problem);
                foreach (var mentorSide in new[] { false, true })
                {
                    int[]? first = null;
                    foreach (var batch in Batches)
                    {
                        foreach (var threads in new[] { 1, 2 })
                        {
                            var mentorOf = MinCostFlowSolver.Solve(index, problem.FreePlaces(), batch, threads, mentorSide, out var stats);
                            stats.MentorSide.Should().Be(mentorSide);
                            SmallInstances.Value(problem, mentorOf).Should().Be(optimum);
                            first ??= mentorOf;
                            mentorOf.Should().Equal(first, "which optimum is returned depends on the side only");
                        }
                    }
                }
            },
            iter: 300);

    [Fact]
    public void Solve_TiesEverywhere_ReturnsTheSameOptimumWhateverTheBatches()
    {
        // Twelve mentees with the same requests over four identical mentors (two places each): every maximum
        // matching has the same score, so only the tie-breaking decides, and it must not depend on batches.
        var mentees = Enumerable.Range(0, 12).Select(i => MatchingBuilders.Mentee($"E{i:D2}", i % 3 == 0 ? "digital;parents" : "parents;digital"));
        var mentors = Enumerable.Range(0, 4).Select(j => MatchingBuilders.Mentor($"M{j}", 2, "digital:2;parents:2"));
        var problem = new MatchingProblem(mentees, mentors);
        var open = problem.OpenMentees();
        var index = problem.BuildIndex(open);

        var results = Batches.Select(b => MinCostFlowSolver.Solve(index, problem.FreePlaces(), b, 1, null, out _)).ToArray();

        SmallInstances.Value(problem, results[0]).Should().Be(SmallInstances.Optimum(problem));
        results.Should().AllSatisfy(r => r.Should().Equal(results[0]));
        problem.Solve(MatchingOptions.SingleThreaded).Assignments.Should().BeEquivalentTo(problem.Solve().Assignments, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Solve_FewerPlacesThanMentees_StartsFromTheMentorsAndReadsFewArcs()
    {
        // 200 mentees, 40 mentors with one place each: the search starts from the places and stops once they
        // are all taken, long before every eligible pair is produced.
        var mentees = Enumerable.Range(0, 200).Select(i => MatchingBuilders.Mentee($"E{i:D3}", (i % 3) switch { 0 => "digital;parents", 1 => "parents", _ => "assessment;digital" }));
        var mentors = Enumerable.Range(0, 40).Select(j => MatchingBuilders.Mentor($"M{j:D2}", 1, j % 2 == 0 ? "digital:3;parents:1" : "parents:2;assessment:3"));
        var problem = new MatchingProblem(mentees, mentors);
        var index = problem.BuildIndex(problem.OpenMentees());

        var mentorOf = MinCostFlowSolver.Solve(index, problem.FreePlaces(), LazyArcs.OneLevel, 1, null, out var stats);

        stats.MentorSide.Should().BeTrue();
        mentorOf.Count(m => m >= 0).Should().Be(40);
        stats.EligiblePairs.Should().Be(problem.BuildGraph().ArcCount);
        stats.HeldArcs.Should().BeLessThan(stats.EligiblePairs / 2);
    }

    [Fact]
    public void MatchingOptions_ParallelismBelowOne_IsRefused()
    {
        var act = () => MatchingOptions.WithParallelism(0);

        act.Should().Throw<ArgumentException>();
        MatchingOptions.SingleThreaded.MaxDegreeOfParallelism.Should().Be(1);
        MatchingOptions.WithParallelism(3).MaxDegreeOfParallelism.Should().Be(3);
    }

    /// <summary>The owner's full arc list from the eager graph (or its transpose for mentors), by cost then index.</summary>
    private static (int Target, int Cost)[] FullList(MatchingGraph graph, bool mentorSide, int owner)
    {
        var all = new List<(int Mentee, int Mentor, int Cost)>();
        for (var i = 0; i < graph.MenteeCount; i++)
        {
            for (var a = graph.ArcStart[i]; a < graph.ArcStart[i + 1]; a++)
            {
                all.Add((i, graph.ArcMentor[a], graph.ArcCost[a]));
            }
        }

        return mentorSide
            ? all.Where(x => x.Mentor == owner).Select(x => (x.Mentee, x.Cost)).OrderBy(x => x.Cost).ThenBy(x => x.Mentee).ToArray()
            : all.Where(x => x.Mentee == owner).Select(x => (x.Mentor, x.Cost)).OrderBy(x => x.Cost).ThenBy(x => x.Mentor).ToArray();
    }
}
