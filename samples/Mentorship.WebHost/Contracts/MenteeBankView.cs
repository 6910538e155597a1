using Mentorship.Domain.Banks;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>A mentee bank: its window, catalog, entries and anonymous statistics, with the version to send back in <c>If-Match</c>.</summary>
public sealed record MenteeBankView(
    string OrganizationId,
    int Year,
    int Version,
    AnnualDate WindowStart,
    AnnualDate WindowEnd,
    IReadOnlyList<TopicView> Topics,
    IReadOnlyList<MenteeView> Entries,
    StatisticsView Statistics)
{
    internal static MenteeBankView Of(MenteeBank bank, int version, LocalDate today) => new(
        bank.OrganizationId.Value,
        bank.Year,
        version,
        bank.Window.Start,
        bank.Window.End,
        TopicView.Of(bank.Catalog),
        bank.Entries.Select(e => MenteeView.Of(e, today)).ToArray(),
        StatisticsView.Of(bank.GetStatistics()));
}
