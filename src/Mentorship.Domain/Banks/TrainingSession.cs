using NodaTime;

namespace Mentorship.Domain.Banks;

/// <summary>One training activity a mentor took part in (roadmap item 2.3): a seminar, consultation, course.</summary>
/// <param name="Date">The date.</param>
/// <param name="Title">What it was.</param>
/// <param name="Hours">Academic hours, zero or more.</param>
public sealed record TrainingSession(LocalDate Date, string Title, int Hours);
