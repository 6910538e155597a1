using Google.OrTools.Graph;
using Mentorship.Domain.Matching;

namespace Mentorship.Benchmarks.Matching;

/// <summary>
/// The reference: the same problem handed to Google OR-Tools' <c>MinCostFlow</c> (SimpleMinCostFlow) from C#,
/// as a user would wire it up: source → each mentee (capacity 1), mentee → each eligible mentor (capacity 1,
/// cost <see cref="MatchingScore.MaxScore"/> − score), mentor → sink (free places), then
/// <c>SolveMaxFlowWithMinCost</c>. The eligible pairs and scores come from the same graph builder, so the
/// two solvers answer exactly the same question.
/// </summary>
public static class OrToolsMatcher
{
    /// <summary>Builds the eligible pairs, solves with OR-Tools, and returns matched count and total score.</summary>
    /// <param name="problem">The problem.</param>
    /// <returns>The matched count and the total score of the optimum.</returns>
    public static (int Matched, long Score) Solve(MatchingProblem problem)
    {
        var graph = problem.BuildGraph();
        var nE = graph.MenteeCount;
        var nR = graph.MentorCount;
        var source = nE + nR;
        var sink = source + 1;
        using var flow = new MinCostFlow();
        for (var i = 0; i < nE; i++)
        {
            flow.AddArcWithCapacityAndUnitCost(source, i, 1, 0);
            for (var a = graph.ArcStart[i]; a < graph.ArcStart[i + 1]; a++)
            {
                flow.AddArcWithCapacityAndUnitCost(i, nE + graph.ArcMentor[a], 1, graph.ArcCost[a]);
            }
        }

        for (var j = 0; j < nR; j++)
        {
            flow.AddArcWithCapacityAndUnitCost(nE + j, sink, graph.Capacity[j], 0);
        }

        flow.SetNodeSupply(source, nE);
        flow.SetNodeSupply(sink, -nE);
        var status = flow.SolveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"OR-Tools stopped with {status}.");
        }

        var matched = (int)flow.MaximumFlow();
        return (matched, ((long)matched * MatchingScore.MaxScore) - flow.OptimalCost());
    }
}
