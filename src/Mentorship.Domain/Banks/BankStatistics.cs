using System.Collections.Generic;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Banks;

/// <summary>Anonymous counts of a bank: they survive the erasure of personal data.</summary>
/// <param name="Kind">Which bank.</param>
/// <param name="Active">People in the bank now.</param>
/// <param name="Former">People who left, whatever the reason.</param>
/// <param name="ConsentWithdrawn">Of those, people who withdrew consent to personal-data processing.</param>
/// <param name="TopicCounts">For every topic, how many entries ever made named it (requests or competencies).</param>
/// <param name="ReasonCounts">For every reason, how many mentee entries ever made named it.</param>
public sealed record BankStatistics(
    BankKind Kind,
    int Active,
    int Former,
    int ConsentWithdrawn,
    IReadOnlyDictionary<TopicCode, int> TopicCounts,
    IReadOnlyDictionary<MentoringReason, int> ReasonCounts)
{
    /// <summary>Everyone who ever entered: active plus former.</summary>
    public int EverEntered => Active + Former;
}
