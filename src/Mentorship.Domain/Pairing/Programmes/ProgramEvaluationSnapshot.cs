using NodaTime;

namespace Mentorship.Domain.Pairing.Programmes;

/// <summary>The stored form of a <see cref="ProgramEvaluation"/>.</summary>
/// <param name="CompletedOn">The date of completion.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="Conclusions">The conclusions.</param>
/// <param name="Recommendations">The recommendations, if any.</param>
public sealed record ProgramEvaluationSnapshot(LocalDate CompletedOn, MentoringOutcome Outcome, string Conclusions, string? Recommendations);
