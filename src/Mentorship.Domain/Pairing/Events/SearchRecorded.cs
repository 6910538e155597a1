using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>A run of the continued search was recorded for a mentee.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="Mentee">The mentee.</param>
/// <param name="Found">Whether a mentor was proposed.</param>
public sealed record SearchRecorded(LocalDate Date, EducatorId Mentee, bool Found)
    : DomainEvent(Date), ISupportPlanEvent;
