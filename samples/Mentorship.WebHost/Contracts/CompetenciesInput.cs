using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>A mentor's new competencies; <paramref name="On"/> defaults to today.</summary>
public sealed record CompetenciesInput(IReadOnlyList<CompetencyInput?>? Competencies, LocalDate? On);
