using Mentorship.Domain.Common;
using Mentorship.Domain.Pairing.Support;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>A support plan was closed.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="Mentee">The mentee.</param>
/// <param name="Status">How it ended: a pair found, or closed for another reason.</param>
public sealed record SupportPlanClosed(LocalDate Date, EducatorId Mentee, SupportPlanStatus Status)
    : DomainEvent(Date), ISupportPlanEvent;
