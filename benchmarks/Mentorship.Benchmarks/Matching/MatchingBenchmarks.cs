using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Mentorship.Domain.Matching;

namespace Mentorship.Benchmarks.Matching;

/// <summary>
/// The matcher against Google OR-Tools' MinCostFlow on the same generated instances, in the same run. Ours is
/// the whole public call (<see cref="MatchingProblem.Solve()"/>: eligible pairs, scores, solving, explanations);
/// OR-Tools' includes building its arcs from the same eligible pairs. The setup checks that both reach the same
/// matched count and total score, and stops the run if not.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class MatchingBenchmarks
{
    private MatchingProblem _problem = null!;

    [ParamsSource(nameof(Sizes))]
    public MatchingSizes Size { get; set; } = MatchingSizes.Organization;

    public static IEnumerable<MatchingSizes> Sizes => MatchingSizes.All;

    [GlobalSetup]
    public void Setup()
    {
        _problem = Size.Create();
        var ours = _problem.Solve();
        var theirs = OrToolsMatcher.Solve(_problem);
        if (ours.MatchedCount != theirs.Matched || ours.TotalScore != theirs.Score)
        {
            throw new InvalidOperationException(
                $"{Size}: ours {ours.MatchedCount}/{ours.TotalScore}, OR-Tools {theirs.Matched}/{theirs.Score}.");
        }

        Console.WriteLine($"// {Size}: both {ours.MatchedCount} matched, score {ours.TotalScore}");
    }

    [Benchmark(Baseline = true)]
    public (int Matched, long Score) OrTools() => OrToolsMatcher.Solve(_problem);

    [Benchmark]
    public MatchingResult Ours() => _problem.Solve();
}
