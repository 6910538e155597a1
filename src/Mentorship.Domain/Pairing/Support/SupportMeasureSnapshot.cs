using NodaTime;

namespace Mentorship.Domain.Pairing.Support;

/// <summary>The stored form of a <see cref="SupportMeasure"/>.</summary>
/// <param name="Activity">The activity.</param>
/// <param name="Form">The form.</param>
/// <param name="Date">The date.</param>
/// <param name="Role">Who carries it out.</param>
/// <param name="IsSearch">Whether it is a review of the search.</param>
/// <param name="DoneOn">The date done, if done.</param>
public sealed record SupportMeasureSnapshot(string Activity, string Form, LocalDate Date, SupportRole Role, bool IsSearch, LocalDate? DoneOn);
