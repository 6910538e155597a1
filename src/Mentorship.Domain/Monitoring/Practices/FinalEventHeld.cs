using System.Collections.Generic;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Practices;

/// <summary>A final event was held and chose practices for the collection.</summary>
/// <param name="Date">The date of the event.</param>
/// <param name="OrganizationId">The collection's organisation.</param>
/// <param name="ChosenPracticeIds">The practices chosen.</param>
public sealed record FinalEventHeld(LocalDate Date, OrganizationId OrganizationId, IReadOnlyList<string> ChosenPracticeIds) : DomainEvent(Date);
