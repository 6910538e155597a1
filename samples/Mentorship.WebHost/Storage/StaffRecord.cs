using NodaTime;

namespace Mentorship.WebHost.Storage;

/// <summary>
/// One educator on the year's staff list as stored: post, employment, start of teaching, the last day the person is
/// a young teacher (the core's <c>YoungTeacherRule.LastDay</c>, so that the birth date itself is not kept) and
/// achievements. No name: the staff list is keyed by the same identifiers as the banks.
/// </summary>
public sealed record StaffRecord(
    string Id,
    string Post,
    LocalDate HiredOn,
    LocalDate? LeftOn,
    LocalDate? TeachingSince,
    LocalDate? YoungTeacherThrough,
    IReadOnlyList<AchievementRecord> Achievements);
