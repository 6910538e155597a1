using Mentorship.Domain.Roadmap;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>One scheduled piece of roadmap work: the activity, the deliverable, its dates, who is responsible, its status on the date asked.</summary>
public sealed record WorkItemView(
    string Id,
    string Activity,
    string Title,
    string Timing,
    LocalDate Start,
    LocalDate Due,
    IReadOnlyList<string> Responsible,
    WorkItemRole Role,
    WorkItemStatus Status,
    LocalDate? DoneOn)
{
    internal static WorkItemView Of(WorkItem item, WorkItemStatus status, RoadmapProgress progress) => new(
        item.Id,
        item.Activity.Number,
        item.Title,
        item.Timing.ToString(),
        item.Start,
        item.Due,
        item.Responsible.Select(r => r.Name).ToArray(),
        item.Role,
        status,
        progress.DoneOn(item.Id));
}
