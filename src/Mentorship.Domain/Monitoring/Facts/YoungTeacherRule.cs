using NodaTime;

namespace Mentorship.Domain.Monitoring.Facts;

/// <summary>
/// Who counts as a young teacher for indicator K1 (domain guide §7): at most 35 completed years of age and at most 3
/// completed years of teaching, the same thresholds as <see cref="People.YoungSpecialistRule"/> but without its
/// second branch (appointment to a post without experience), because the federal coverage target is about young
/// teachers. Both conditions only ever stop holding, so the status is "from birth through a last day".
/// </summary>
public static class YoungTeacherRule
{
    /// <summary>The last day on which a person is a young teacher.</summary>
    /// <param name="birthDate">The birth date.</param>
    /// <param name="teachingSince">The start of teaching, or <see langword="null"/> for none yet (then age alone decides).</param>
    /// <returns>The day before the 36th birthday or the 4th anniversary of teaching, whichever comes first.</returns>
    public static LocalDate LastDay(LocalDate birthDate, LocalDate? teachingSince)
    {
        var byAge = birthDate.PlusYears(People.YoungSpecialistRule.MaxAge + 1).PlusDays(-1);
        if (teachingSince is not { } since)
        {
            return byAge;
        }

        var byTeaching = since.PlusYears(People.YoungSpecialistRule.MaxTeachingYears + 1).PlusDays(-1);
        return byTeaching < byAge ? byTeaching : byAge;
    }

    /// <summary>Whether a person whose young-teacher status lasts through <paramref name="lastDay"/> is young on a date.</summary>
    /// <param name="lastDay">The last day, from <see cref="LastDay"/>; <see langword="null"/> for never.</param>
    /// <param name="on">The date.</param>
    /// <returns><see langword="true"/> for a young teacher.</returns>
    public static bool Applies(LocalDate? lastDay, LocalDate on) => lastDay is { } last && on <= last;
}
