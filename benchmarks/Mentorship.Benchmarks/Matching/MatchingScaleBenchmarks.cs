using BenchmarkDotNet.Attributes;
using Mentorship.Domain.Matching;

namespace Mentorship.Benchmarks.Matching;

/// <summary>
/// Before and after lazy arcs, side by side in one run, on the regional and the national network instances:
/// the matcher as it was (every eligible pair materialised and sorted, then solved from the mentees), the
/// current core (index, lazy arcs, solver) on both cores and on one, and the whole public call. The setup
/// stops the run unless all agree on the matched count and the total score.
/// </summary>
/// <remarks>
/// Each call takes seconds, so run it short and in-process (the build of a separate process times out on the
/// shared machine): <c>-- --filter *MatchingScaleBenchmarks* --inProcess --strategy Monitoring --warmupCount 1 --iterationCount 3</c>.
/// </remarks>
[MemoryDiagnoser]
public class MatchingScaleBenchmarks
{
    private MatchingProblem _problem = null!;

    [ParamsSource(nameof(Sizes))]
    public MatchingSizes Size { get; set; } = MatchingSizes.Regional;

    public static IEnumerable<MatchingSizes> Sizes => [MatchingSizes.Regional, MatchingSizes.National];

    [GlobalSetup]
    public void Setup()
    {
        _problem = Size.Create();
        var before = MatchingRuns.Eager(_problem);
        var after = MatchingRuns.Full(_problem, MatchingOptions.Default);
        if (before != after)
        {
            throw new InvalidOperationException($"{Size}: before {before}, after {after}.");
        }

        Console.WriteLine($"// {Size}: before and after both {after.Matched} matched, score {after.Score}");
    }

    [Benchmark(Baseline = true)]
    public (int, long) Before() => MatchingRuns.Eager(_problem);

    [Benchmark]
    public (int, long) Core() => MatchingRuns.Core(_problem, MatchingOptions.Default);

    [Benchmark]
    public (int, long) CoreSingleThreaded() => MatchingRuns.Core(_problem, MatchingOptions.SingleThreaded);

    [Benchmark]
    public (int, long) Solve() => MatchingRuns.Full(_problem, MatchingOptions.Default);
}
