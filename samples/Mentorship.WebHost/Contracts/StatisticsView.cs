using Mentorship.Domain.Banks;

namespace Mentorship.WebHost.Contracts;

/// <summary>A bank's anonymous counts, people who left included.</summary>
public sealed record StatisticsView(int Active, int Former, int ConsentWithdrawn, IReadOnlyDictionary<string, int> Topics, IReadOnlyDictionary<string, int> Reasons)
{
    internal static StatisticsView Of(BankStatistics s) => new(
        s.Active,
        s.Former,
        s.ConsentWithdrawn,
        s.TopicCounts.ToDictionary(t => t.Key.Value, t => t.Value, StringComparer.Ordinal),
        s.ReasonCounts.ToDictionary(r => r.Key.ToString(), r => r.Value, StringComparer.Ordinal));
}
