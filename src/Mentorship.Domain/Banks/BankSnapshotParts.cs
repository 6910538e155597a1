using System.Collections.Generic;
using System.Linq;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Banks;

/// <summary>The stored form of what every bank has: organisation, year, window, the organisation's own topics, former entries.</summary>
/// <param name="OrganizationId">The organisation's identifier.</param>
/// <param name="Year">The intake year.</param>
/// <param name="WindowStart">The window's first day, as month and day.</param>
/// <param name="WindowEnd">The window's last day, as month and day.</param>
/// <param name="OwnTopics">Topics the organisation added to the standard catalog: code and title, in order.</param>
/// <param name="FormerEntries">The anonymous facts of people who left.</param>
public sealed record BankSnapshotParts(
    string OrganizationId,
    int Year,
    AnnualDate WindowStart,
    AnnualDate WindowEnd,
    IReadOnlyList<KeyValuePair<string, string>> OwnTopics,
    IReadOnlyList<FormerEntrySnapshot> FormerEntries)
{
    internal static BankSnapshotParts Of<TEntry>(Bank<TEntry> bank)
        where TEntry : class, IBankEntry =>
        new(
            bank.OrganizationId.Value,
            bank.Year,
            bank.Window.Start,
            bank.Window.End,
            bank.Catalog.Topics.Where(t => !t.IsStandard).Select(t => new KeyValuePair<string, string>(t.Code.Value, t.Title)).ToArray(),
            bank.FormerEntries.Select(FormerEntrySnapshot.Of).ToArray());

    internal IEnumerable<FormerEntry> ToFormerEntries() => FormerEntries.Select(f => f.ToFormerEntry());

    internal IntakeWindow ToWindow() => new(WindowStart, WindowEnd);

    internal RequestTopicCatalog ToCatalog() =>
        OwnTopics.Aggregate(RequestTopicCatalog.Standard, (catalog, t) => catalog.WithTopic(TopicCode.From(t.Key), t.Value));
}
