using Mentorship.Benchmarks.Matching.Baseline;
using Mentorship.Domain.Matching;

namespace Mentorship.Benchmarks.Matching;

/// <summary>The solvers the benchmarks compare, each as one call on a problem.</summary>
public static class MatchingRuns
{
    /// <summary>
    /// The matcher before lazy arcs (every eligible pair materialised and sorted, then the same primal-dual
    /// solver from the mentees): matched count and total score, without explanations.
    /// </summary>
    public static (int Matched, long Score) Eager(MatchingProblem problem)
    {
        var open = problem.OpenMentees();
        var graph = EagerMatchingGraph.Build(open, problem.Mentors, problem.FreePlaces(), problem.Policy.Network, problem.Policy.MinimumScore);
        return Value(problem, open, EagerMinCostFlowSolver.Solve(graph));
    }

    /// <summary>The current matcher's core (index, lazy arcs, solver), without explanations.</summary>
    public static (int Matched, long Score) Core(MatchingProblem problem, MatchingOptions options)
    {
        var open = problem.OpenMentees();
        var mentorOf = Matcher.SolveIndices(problem, open, problem.BuildIndex(open), options);
        return Value(problem, open, mentorOf);
    }

    /// <summary>The current matcher's core with its statistics.</summary>
    internal static (int Matched, long Score, MatchingSolveStats Stats) CoreWithStats(MatchingProblem problem, MatchingOptions options)
    {
        var open = problem.OpenMentees();
        var mentorOf = MinCostFlowSolver.Solve(
            problem.BuildIndex(open), problem.FreePlaces(), LazyArcs.DefaultBatch, options.MaxDegreeOfParallelism, null, out var stats);
        var (matched, score) = Value(problem, open, mentorOf);
        return (matched, score, stats);
    }

    /// <summary>The whole public call, explanations included.</summary>
    public static (int Matched, long Score) Full(MatchingProblem problem, MatchingOptions options) =>
        problem.Solve(options) is var r ? (r.MatchedCount, r.TotalScore) : default;

    private static (int Matched, long Score) Value(MatchingProblem problem, MatchingMentee[] open, int[] mentorOf)
    {
        var matched = 0;
        long score = 0;
        for (var i = 0; i < open.Length; i++)
        {
            if (mentorOf[i] >= 0)
            {
                matched++;
                score += MatchingScore.Of(problem.Mentors[mentorOf[i]], open[i]);
            }
        }

        return (matched, score);
    }
}
