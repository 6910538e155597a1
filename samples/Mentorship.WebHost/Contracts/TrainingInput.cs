using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>A training session a mentor attended (roadmap item 2.3).</summary>
public sealed record TrainingInput(LocalDate? Date, string? Title, int? Hours);
