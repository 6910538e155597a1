using Mentorship.Domain.Monitoring.Facts;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>An achievement of an educator (K11): its date, kind and, optionally, its title (the contest's name, …).</summary>
public sealed record AchievementInput(LocalDate? On, AchievementKind? Kind, string? Title);
