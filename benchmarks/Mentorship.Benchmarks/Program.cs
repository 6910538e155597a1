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

// `-- solve-once SIZE ours|single|core|eager|ortools` solves one named size once, in a fresh process, so that
// /usr/bin/time reports the peak memory of that solver alone (SIZE as printed, e.g. "region-net 5000x3000").
if (args.Length == 3 && args[0] == "solve-once")
{
    var problem = MatchingSizes.Named(args[1]).Create();
    var watch = Stopwatch.StartNew();
    var summary = args[2] switch
    {
        "ortools" => OrToolsMatcher.Solve(problem),
        "eager" => MatchingRuns.Eager(problem),
        "core" => MatchingRuns.Core(problem, MatchingOptions.Default),
        "single" => MatchingRuns.Full(problem, MatchingOptions.SingleThreaded),
        _ => MatchingRuns.Full(problem, MatchingOptions.Default),
    };
    Console.WriteLine($"{args[1]} {args[2]}: {summary.Matched} matched, score {summary.Score}, {watch.ElapsedMilliseconds} ms");
    return;
}

// `-- scale [--ortools-up-to N]` solves the regional size and the scaling curve in this process, side by side:
// ours (the whole public call, best of three, both cores and one), the matcher before lazy arcs (up to 20,000
// mentees) and OR-Tools (up to N mentees, default 10,000, with the agreement check); prints the arcs produced
// against the eligible pairs and the load average.
if (args.Length >= 1 && args[0] == "scale")
{
    var orToolsUpTo = args.Length == 3 && args[1] == "--ortools-up-to" ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 10000;
    Console.WriteLine($"load average at start: {File.ReadAllText("/proc/loadavg").Trim()}");
    foreach (var size in MatchingSizes.Scaling.Prepend(MatchingSizes.Regional))
    {
        var problem = size.Create();
        double Best(Func<(int, long)> run, out (int Matched, long Score) value, int runs = 3)
        {
            var best = double.MaxValue;
            value = default;
            for (var k = 0; k < runs; k++)
            {
                var watch = Stopwatch.StartNew();
                value = run();
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            }

            return best;
        }

        var (_, _, stats) = MatchingRuns.CoreWithStats(problem, MatchingOptions.Default);
        var full = Best(() => MatchingRuns.Full(problem, MatchingOptions.Default), out var ours);
        var single = Best(() => MatchingRuns.Full(problem, MatchingOptions.SingleThreaded), out var oursSingle);
        var line = $"{size.Name}: eligible {stats.EligiblePairs:N0}, produced {stats.HeldArcs:N0} ({100.0 * stats.HeldArcs / Math.Max(1, stats.EligiblePairs):F1} %), "
            + $"{(stats.MentorSide ? "from mentors" : "from mentees")}, {stats.Phases} phases; ours {ours.Matched}/{ours.Score} in {full:F0} ms (single-threaded {single:F0} ms)";
        if (oursSingle != ours)
        {
            throw new InvalidOperationException($"{size.Name}: single-threaded {oursSingle}, parallel {ours}.");
        }

        if (size.Mentees <= 20000)
        {
            var eager = Best(() => MatchingRuns.Eager(problem), out var before, size.Mentees >= 10000 ? 1 : 3);
            line += $"; before {before.Matched}/{before.Score} in {eager:F0} ms {(before == ours ? "AGREE" : "DISAGREE")}";
        }

        if (size.Mentees <= orToolsUpTo)
        {
            var watch = Stopwatch.StartNew();
            var theirs = OrToolsMatcher.Solve(problem);
            line += $"; OR-Tools {theirs.Matched}/{theirs.Score} in {watch.ElapsedMilliseconds} ms {(theirs == ours ? "AGREE" : "DISAGREE")}";
        }

        Console.WriteLine(line + $" [load {File.ReadAllText("/proc/loadavg").Trim()}]");
    }

    return;
}

// `-- probe SIZE THREADS` times the parts of our solve (index, first batches from the mentors, solve) twice and
// prints the solver's statistics (side, phases, arcs produced, eligible pairs).
if (args.Length == 3 && args[0] == "probe")
{
    var problem = MatchingSizes.Named(args[1]).Create();
    var threads = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
    for (var k = 0; k < 2; k++)
    {
        var w = Stopwatch.StartNew();
        var open = problem.OpenMentees();
        var index = problem.BuildIndex(open);
        var t1 = w.Elapsed.TotalMilliseconds;
        var arcs = new LazyArcs(index.MentorsToMentees, LazyArcs.DefaultBatch, threads);
        var t2 = w.Elapsed.TotalMilliseconds;
        var mentorOf = MinCostFlowSolver.Solve(index, problem.FreePlaces(), LazyArcs.DefaultBatch, threads, null, out var st);
        var t3 = w.Elapsed.TotalMilliseconds;
        Console.WriteLine($"index {t1:F0} first-pass {t2 - t1:F0} (held {arcs.HeldArcs}) solve {t3 - t2:F0} ms; {st}; matched {mentorOf.Count(x => x >= 0)}");
    }

    return;
}

// `-- verify` solves every benchmark size with ours and OR-Tools and checks they agree.
if (args.Length > 0 && args[0] == "verify")
{
    foreach (var size in MatchingSizes.All)
    {
        var problem = size.Create();
        var watch = Stopwatch.StartNew();
        var (matched, score, stats) = MatchingRuns.CoreWithStats(problem, MatchingOptions.Default);
        var ours = (Matched: matched, Score: score);
        var oursMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var theirs = OrToolsMatcher.Solve(problem);
        Console.WriteLine($"{size.Name}: eligible {stats.EligiblePairs}, produced {stats.HeldArcs}, {stats.Phases} phases; ours {ours.Matched}/{ours.Score} in {oursMs:F1} ms; OR-Tools {theirs.Matched}/{theirs.Score} in {watch.Elapsed.TotalMilliseconds:F1} ms {(ours == theirs ? "AGREE" : "DISAGREE")}");
    }

    return;
}

// `-- write-instance FOLDER [SIZE]` writes a named size (the regional one by default) as mentors.csv and mentees.csv.
if (args.Length is 2 or 3 && args[0] == "write-instance")
{
    MatchingCsvExport.Write((args.Length == 3 ? MatchingSizes.Named(args[2]) : MatchingSizes.Regional).Create(), args[1]);
    return;
}

// Runs the benchmarks chosen on the command line, e.g. `-- --filter *BankBenchmarks*`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
