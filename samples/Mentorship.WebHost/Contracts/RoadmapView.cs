using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>The year's roadmap scheduled on the production calendar, with each work item's status on <paramref name="AsOf"/>.</summary>
public sealed record RoadmapView(
    string OrganizationId,
    int Year,
    int Version,
    LocalDate AsOf,
    int Activities,
    IReadOnlyList<WorkItemView> Items,
    IReadOnlyList<UnscheduledView> Unscheduled,
    IReadOnlyList<ViolationView> Conflicts,
    ExecutionView Execution,
    string Table);
