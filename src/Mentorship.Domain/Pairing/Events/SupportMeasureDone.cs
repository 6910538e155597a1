using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>A support measure was done.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="Mentee">The mentee.</param>
/// <param name="Number">The measure's number, from 1.</param>
public sealed record SupportMeasureDone(LocalDate Date, EducatorId Mentee, int Number)
    : DomainEvent(Date), ISupportPlanEvent;
