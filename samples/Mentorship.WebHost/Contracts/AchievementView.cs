using Mentorship.Domain.Monitoring.Facts;
using Mentorship.WebHost.Storage;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>An achievement of an educator.</summary>
public sealed record AchievementView(LocalDate On, AchievementKind Kind, string? Title)
{
    internal static AchievementView Of(AchievementRecord r) => new(r.On, r.Kind, r.Title);
}
