using System.Diagnostics;
using BenchmarkDotNet.Running;
using Mentorship.Benchmarks.Matching;
using Mentorship.Domain.Matching;

// `-- verify-random N` compares both solvers on N varied generated instances (sizes, modes, capacities, minimum scores).
if (args.Length == 2 && args[0] == "verify-random")
{
    var failures = 0;
    for (var seed = 1; seed <= int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture); seed++)
    {
        var mentees = 50 + (seed * 97 % 1500);
        var mentors = 10 + (seed * 53 % 600);
        var (menteeList, mentorList) = MatchingInstanceGenerator.Generate(mentees, mentors, 1 + (seed % 30), (ulong)seed + 1000);
        if (seed % 3 == 0)
        {
            // Larger capacities than the issue's 1–3, to exercise mentors with many mentees.
            mentorList = mentorList.Select(m => new MatchingMentor(m.Id, m.OrganizationId, m.Competencies, m.Capacity * (seed % 7), m.Subjects)).ToList();
        }

        var policy = MatchingPolicy.Default.WithNetwork(seed % 2 == 0).WithMinimumScore(seed % 4 == 1 ? seed % 9 : 0);
        var problem = new MatchingProblem(menteeList, mentorList, policy);
        var ours = problem.Solve();
        var theirs = OrToolsMatcher.Solve(problem);
        var agree = ours.MatchedCount == theirs.Matched && ours.TotalScore == theirs.Score;
        failures += agree ? 0 : 1;
        Console.WriteLine($"seed {seed}: {mentees}x{mentors} {policy}: ours {ours.MatchedCount}/{ours.TotalScore}, OR-Tools {theirs.Matched}/{theirs.Score} {(agree ? "agree" : "DISAGREE")}");
    }

    Console.WriteLine(failures == 0 ? "all agree" : $"{failures} disagreements");
    return;
}

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
