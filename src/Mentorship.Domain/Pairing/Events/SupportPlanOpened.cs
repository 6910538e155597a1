using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>A support plan was opened for a mentee without a pair.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="Mentee">The mentee.</param>
public sealed record SupportPlanOpened(LocalDate Date, EducatorId Mentee)
    : DomainEvent(Date), ISupportPlanEvent;
