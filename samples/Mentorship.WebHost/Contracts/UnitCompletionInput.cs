using Mentorship.Domain.Pairing;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>
/// An active pair or group completed with its outcome; <paramref name="On"/> defaults to today. With
/// <paramref name="Conclusions"/> the unit's approved personalized programme is completed too, with that evaluation.
/// </summary>
public sealed record UnitCompletionInput(LocalDate? On, MentoringOutcome? Outcome, string? Conclusions, string? Recommendations);
