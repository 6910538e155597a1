using Mentorship.Domain.Matching;

namespace Mentorship.Benchmarks.Matching;

/// <summary>The instance sizes of the issue.</summary>
public sealed record MatchingSizes(string Name, int Mentees, int Mentors, int Organizations, bool Network, ulong Seed)
{
    /// <summary>Organisation: 50 × 20, one organisation.</summary>
    public static MatchingSizes Organization { get; } = new("org 50x20", 50, 20, 1, false, 1);

    /// <summary>Municipal, same-organisation mode: 2,000 × 700 over 40 organisations.</summary>
    public static MatchingSizes Municipal { get; } = new("muni 2000x700", 2000, 700, 40, false, 2);

    /// <summary>Municipal, network mode.</summary>
    public static MatchingSizes MunicipalNetwork { get; } = new("muni-net 2000x700", 2000, 700, 40, true, 2);

    /// <summary>Regional network: 5,000 × 3,000 over 100 organisations.</summary>
    public static MatchingSizes Regional { get; } = new("region-net 5000x3000", 5000, 3000, 100, true, 3);

    /// <summary>National network: 20,000 × 8,000 over 400 organisations (about 86 million eligible pairs).</summary>
    public static MatchingSizes National { get; } = new("national-net 20000x8000", 20000, 8000, 400, true, 4);

    /// <summary>All sizes OR-Tools runs in the benchmarks, smallest first.</summary>
    public static IReadOnlyList<MatchingSizes> All { get; } = [Organization, Municipal, MunicipalNetwork, Regional];

    /// <summary>
    /// The scaling curve: network mode, mentors at 40 % of the mentees, one organisation per 50 mentees
    /// (as the national instance).
    /// </summary>
    public static IReadOnlyList<MatchingSizes> Scaling { get; } =
        [.. new[] { 1000, 5000, 10000, 20000, 40000 }.Select(n => new MatchingSizes($"curve-net {n}x{n * 2 / 5}", n, n * 2 / 5, n / 50, true, 4))];

    /// <summary>A size by name (as printed).</summary>
    public static MatchingSizes Named(string name) =>
        All.Concat(Scaling).Append(National).FirstOrDefault(s => s.Name == name)
        ?? throw new ArgumentException($"No size named {name}.", nameof(name));

    /// <summary>The problem of this size.</summary>
    public MatchingProblem Create()
    {
        var (mentees, mentors) = MatchingInstanceGenerator.Generate(Mentees, Mentors, Organizations, Seed);
        return new MatchingProblem(mentees, mentors, MatchingPolicy.Default.WithNetwork(Network));
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
