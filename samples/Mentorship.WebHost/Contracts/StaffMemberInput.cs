using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>
/// An educator on the year's staff list (the whole entry; a PUT replaces it). The young-teacher status (K1) comes
/// from <paramref name="BirthDate"/> and <paramref name="TeachingSince"/> by the core's rule; the birth date is used
/// for that and not stored. Without a birth date, <paramref name="YoungTeacherThrough"/> (as a previous answer gave it)
/// is kept as it is; with neither, the person is not a young teacher.
/// </summary>
public sealed record StaffMemberInput(
    string? Post,
    LocalDate? HiredOn,
    LocalDate? LeftOn,
    LocalDate? TeachingSince,
    LocalDate? BirthDate,
    LocalDate? YoungTeacherThrough,
    IReadOnlyList<AchievementInput?>? Achievements);
