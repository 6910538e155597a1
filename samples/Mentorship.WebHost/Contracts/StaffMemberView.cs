using Mentorship.Domain.Monitoring.Facts;
using Mentorship.WebHost.Storage;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>An educator on the staff list: post, employment, teaching start, young-teacher status (its last day, and whether on the day asked), achievements.</summary>
public sealed record StaffMemberView(
    string Id,
    string Post,
    LocalDate HiredOn,
    LocalDate? LeftOn,
    LocalDate? TeachingSince,
    LocalDate? YoungTeacherThrough,
    bool YoungTeacher,
    IReadOnlyList<AchievementView> Achievements)
{
    internal static StaffMemberView Of(StaffRecord r, LocalDate today) => new(
        r.Id,
        r.Post,
        r.HiredOn,
        r.LeftOn,
        r.TeachingSince,
        r.YoungTeacherThrough,
        YoungTeacherRule.Applies(r.YoungTeacherThrough, today),
        r.Achievements.Select(AchievementView.Of).ToArray());
}
