using System.Collections.Generic;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Practices;

/// <summary>A final event (итоговое мероприятие, roadmap item 3.1) and the practices it chose for the collection.</summary>
/// <param name="HeldOn">The date.</param>
/// <param name="Title">What the event was called, e.g. «Педагогическая мастерская наставников».</param>
/// <param name="Chosen">The identifiers of the practices chosen, in the order given.</param>
public sealed record FinalEvent(LocalDate HeldOn, string Title, IReadOnlyList<string> Chosen);
