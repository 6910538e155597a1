using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>How and when a pair or group was completed.</summary>
/// <param name="On">The date of completion.</param>
/// <param name="Outcome">The outcome.</param>
public sealed record UnitCompletion(LocalDate On, MentoringOutcome Outcome);
