namespace Mentorship.Domain.Roadmap;

/// <summary>A work item on the agenda of a period.</summary>
/// <param name="Item">The work item.</param>
/// <param name="Status">Its status on the period's first day.</param>
/// <param name="StartsInPeriod">Whether it starts within the period.</param>
/// <param name="DueInPeriod">Whether it is due within the period.</param>
public sealed record AgendaEntry(WorkItem Item, WorkItemStatus Status, bool StartsInPeriod, bool DueInPeriod);
