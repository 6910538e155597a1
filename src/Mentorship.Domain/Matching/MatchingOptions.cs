using System;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Matching;

/// <summary>
/// How a matching runs on this machine, as opposed to which problem it solves (<see cref="MatchingPolicy"/>):
/// the options never change the result, only how long it takes. Immutable.
/// </summary>
public sealed class MatchingOptions
{
    private MatchingOptions(int maxDegreeOfParallelism) => MaxDegreeOfParallelism = maxDegreeOfParallelism;

    /// <summary>Uses every core for the work that splits (scoring the people): the default.</summary>
    public static MatchingOptions Default { get; } = new(Environment.ProcessorCount);

    /// <summary>Runs on the calling thread only, for hosts that keep their own threads busy.</summary>
    public static MatchingOptions SingleThreaded { get; } = new(1);

    /// <summary>How many threads may work at once; 1 runs on the calling thread only.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>Options with at most this many threads.</summary>
    /// <param name="maxDegreeOfParallelism">1 or more.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public static MatchingOptions WithParallelism(int maxDegreeOfParallelism) =>
        new(Guard.Against.NegativeOrZero(maxDegreeOfParallelism));

    /// <inheritdoc />
    public override string ToString() => MaxDegreeOfParallelism == 1 ? "single-threaded" : $"up to {MaxDegreeOfParallelism} threads";
}
