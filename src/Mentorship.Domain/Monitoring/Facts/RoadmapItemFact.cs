using Ardalis.GuardClauses;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Facts;

/// <summary>
/// One dated piece of an organisation's roadmap (a work item of an activity) with its done date: what indicator K12
/// and the information-support log read. Immutable.
/// </summary>
public sealed class RoadmapItemFact
{
    /// <summary>Creates a fact.</summary>
    /// <param name="organizationId">The organisation whose roadmap it is.</param>
    /// <param name="activity">The activity's number in the roadmap, e.g. <c>3.1</c>.</param>
    /// <param name="id">The work item's identifier, unique within the organisation, e.g. <c>2026:3.1/1</c>.</param>
    /// <param name="title">What is to be done or produced.</param>
    /// <param name="start">The first day of its window.</param>
    /// <param name="due">The due date (the last day of its window).</param>
    /// <param name="doneOn">The date it was recorded done, or <see langword="null"/>.</param>
    /// <exception cref="System.ArgumentException">A text is blank, the organisation the default value, or the window reversed.</exception>
    public RoadmapItemFact(OrganizationId organizationId, string activity, string id, string title, LocalDate start, LocalDate due, LocalDate? doneOn = null)
    {
        Guard.Against.Default(organizationId);
        if (due < start)
        {
            throw new System.ArgumentException("The window ends before it starts.", nameof(due));
        }

        OrganizationId = organizationId;
        Activity = Guard.Against.NullOrWhiteSpace(activity).Trim();
        Id = Guard.Against.NullOrWhiteSpace(id).Trim();
        Title = Guard.Against.NullOrWhiteSpace(title).Trim();
        Start = start;
        Due = due;
        DoneOn = doneOn;
    }

    /// <summary>The organisation whose roadmap it is.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>The activity's number in the roadmap.</summary>
    public string Activity { get; }

    /// <summary>The work item's identifier, unique within the organisation.</summary>
    public string Id { get; }

    /// <summary>What is to be done or produced.</summary>
    public string Title { get; }

    /// <summary>The first day of its window.</summary>
    public LocalDate Start { get; }

    /// <summary>The due date.</summary>
    public LocalDate Due { get; }

    /// <summary>The date it was recorded done, or <see langword="null"/>.</summary>
    public LocalDate? DoneOn { get; }

    /// <summary>Where the item stands on a date.</summary>
    /// <param name="on">The date.</param>
    /// <returns>The status.</returns>
    public RoadmapItemStatus StatusOn(LocalDate on)
    {
        if (DoneOn is { } done && done <= on)
        {
            return done <= Due ? RoadmapItemStatus.DoneOnTime : RoadmapItemStatus.DoneLate;
        }

        return on > Due ? RoadmapItemStatus.Overdue : on >= Start ? RoadmapItemStatus.InProgress : RoadmapItemStatus.Planned;
    }

    /// <inheritdoc />
    public override string ToString() => $"RoadmapItem {OrganizationId}:{Id} due {Due:uuuu-MM-dd}";
}
