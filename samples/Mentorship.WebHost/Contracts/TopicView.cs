using Mentorship.Domain.People;

namespace Mentorship.WebHost.Contracts;

/// <summary>A request topic of a bank's catalog.</summary>
public sealed record TopicView(string Code, string Title, bool IsStandard)
{
    internal static IReadOnlyList<TopicView> Of(RequestTopicCatalog catalog) =>
        catalog.Topics.Select(t => new TopicView(t.Code.Value, t.Title, t.IsStandard)).ToArray();
}
