using Mentorship.Domain.Monitoring.Facts;
using NodaTime;

namespace Mentorship.WebHost.Storage;

/// <summary>An educator's achievement as stored: date, kind (category, contest, open lesson, publication), title.</summary>
public sealed record AchievementRecord(LocalDate On, AchievementKind Kind, string? Title);
