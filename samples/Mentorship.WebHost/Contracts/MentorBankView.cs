using Mentorship.Domain.Banks;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>A mentor bank: its window, policy, catalog, entries and anonymous statistics, with its version.</summary>
public sealed record MentorBankView(
    string OrganizationId,
    int Year,
    int Version,
    AnnualDate WindowStart,
    AnnualDate WindowEnd,
    int MinimumTeachingYears,
    int DefaultCapacity,
    IReadOnlyList<TopicView> Topics,
    IReadOnlyList<MentorView> Entries,
    StatisticsView Statistics)
{
    internal static MentorBankView Of(MentorBank bank, int version, LocalDate today) => new(
        bank.OrganizationId.Value,
        bank.Year,
        version,
        bank.Window.Start,
        bank.Window.End,
        bank.Policy.MinimumTeachingYears,
        bank.Policy.DefaultCapacity,
        TopicView.Of(bank.Catalog),
        bank.Entries.Select(e => MentorView.Of(e, today)).ToArray(),
        StatisticsView.Of(bank.GetStatistics()));
}
