using Mentorship.Domain.Roadmap;

namespace Mentorship.WebHost.Contracts;

/// <summary>Roadmap work with no dates in the year ("по отдельному плану", another year).</summary>
public sealed record UnscheduledView(string Activity, string Title, string Timing, UnscheduledReason Reason)
{
    internal static UnscheduledView Of(UnscheduledWork w) =>
        new(w.Activity.Number, w.Deliverable?.Title ?? w.Activity.Title, w.Timing.ToString(), w.Reason);
}
