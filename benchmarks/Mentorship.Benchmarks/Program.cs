using System.Diagnostics;
using BenchmarkDotNet.Running;
using Mentorship.Benchmarks.Matching;
using Mentorship.Domain.Matching;

// `-- write-instance FOLDER` writes the regional instance as mentors.csv and mentees.csv.
if (args.Length == 2 && args[0] == "write-instance")
{
    MatchingCsvExport.Write(MatchingSizes.Regional.Create(), args[1]);
    return;
}

// `-- solve-once ours|ortools` solves the regional instance once (to measure peak memory with /usr/bin/time).
if (args.Length == 2 && args[0] == "solve-once")
{
    var regional = MatchingSizes.Regional.Create();
    var watch = Stopwatch.StartNew();
    var summary = args[1] == "ortools"
        ? OrToolsMatcher.Solve(regional)
        : (regional.Solve() is var r ? (r.MatchedCount, (long)r.TotalScore) : default);
    Console.WriteLine($"{args[1]}: {summary.Item1} matched, score {summary.Item2}, {watch.ElapsedMilliseconds} ms");
    return;
}

// Runs the benchmarks chosen on the command line, e.g. `-- --filter *BankBenchmarks*`.
// `-- verify` solves every matching size with both solvers, checks they agree and prints timings.
if (args.Length > 0 && args[0] == "verify")
{
    foreach (var size in MatchingSizes.All)
    {
        var problem = size.Create();
        MatchingGraph graph = null!;
        int[] mentorOf = [];
        int phases = 0;
        double built = 0, ours = 0;
        for (var run = 0; run < 3; run++)
        {
            var watch0 = Stopwatch.StartNew();
            graph = problem.BuildGraph();
            built = watch0.Elapsed.TotalMilliseconds;
            mentorOf = MinCostFlowSolver.Solve(graph, out phases);
            ours = watch0.Elapsed.TotalMilliseconds;
        }

        var watch = Stopwatch.StartNew();
        var matched = 0;
        long score = 0;
        for (var i = 0; i < mentorOf.Length; i++)
        {
            if (mentorOf[i] >= 0)
            {
                matched++;
                var a = Array.IndexOf(graph.ArcMentor, mentorOf[i], graph.ArcStart[i], graph.ArcStart[i + 1] - graph.ArcStart[i]);
                score += MatchingScore.MaxScore - graph.ArcCost[a];
            }
        }

        var reference = args.Length > 1 ? (Matched: -1, Score: -1L) : OrToolsMatcher.Solve(problem);
        var theirs = watch.Elapsed.TotalMilliseconds;
        Console.WriteLine($"{size.Name}: arcs {graph.ArcCount}, ours {matched}/{score} in {ours:F1} ms (graph {built:F1} ms, {phases} phases); OR-Tools {reference.Matched}/{reference.Score} in {theirs:F1} ms {(matched == reference.Matched && score == reference.Score ? "AGREE" : "DISAGREE")}");
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
