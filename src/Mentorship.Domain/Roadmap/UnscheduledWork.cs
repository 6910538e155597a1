namespace Mentorship.Domain.Roadmap;

/// <summary>Roadmap work that has no work item in a year's schedule, and why.</summary>
/// <param name="Activity">The activity.</param>
/// <param name="Deliverable">The deliverable, or null for the activity as a whole.</param>
/// <param name="Timing">The timing that applies.</param>
/// <param name="Reason">Why it is not scheduled.</param>
public sealed record UnscheduledWork(RoadmapActivity Activity, Deliverable? Deliverable, Timing Timing, UnscheduledReason Reason);
