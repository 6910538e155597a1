namespace Mentorship.WebHost.Contracts;

/// <summary>An agenda line: the work item, and whether it starts or is due within the period.</summary>
public sealed record AgendaEntryView(WorkItemView Item, bool StartsInPeriod, bool DueInPeriod);
