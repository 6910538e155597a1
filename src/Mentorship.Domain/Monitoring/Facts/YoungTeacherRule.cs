using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Facts;

/// <summary>
/// Who counts as a young teacher for indicator K1 (domain guide §7): at most 35 completed years of age and within the
/// first 3 years of teaching, the same <see cref="YoungSpecialistPolicy"/> as <see cref="YoungSpecialistRule"/> but without its
/// second branch (appointment to a post without experience), because the federal coverage target is about young
/// teachers. Both conditions only ever stop holding, so the status is "from birth through a last day".
/// </summary>
public static class YoungTeacherRule
{
    /// <summary>The last day on which a person is a young teacher.</summary>
    /// <param name="birthDate">The birth date.</param>
    /// <param name="teachingSince">The start of teaching, or <see langword="null"/> for none yet (then age alone decides).</param>
    /// <param name="policy">The boundaries; <see cref="YoungSpecialistPolicy.Default"/> when omitted.</param>
    /// <returns>The day before the birthday after <see cref="YoungSpecialistPolicy.MaxAge"/> (the 36th) or the day before
    /// the <see cref="YoungSpecialistPolicy.TeachingYears"/>-th (3rd) anniversary of teaching, whichever comes first.</returns>
    public static LocalDate LastDay(LocalDate birthDate, LocalDate? teachingSince, YoungSpecialistPolicy? policy = null)
    {
        policy ??= YoungSpecialistPolicy.Default;
        var byAge = policy.LastDayByAge(birthDate);
        if (teachingSince is not { } since)
        {
            return byAge;
        }

        var byTeaching = policy.LastDayFrom(since);
        return byTeaching < byAge ? byTeaching : byAge;
    }

    /// <summary>Whether a person whose young-teacher status lasts through <paramref name="lastDay"/> is young on a date.</summary>
    /// <param name="lastDay">The last day, from <see cref="LastDay"/>; <see langword="null"/> for never.</param>
    /// <param name="on">The date.</param>
    /// <returns><see langword="true"/> for a young teacher.</returns>
    public static bool Applies(LocalDate? lastDay, LocalDate on) => lastDay is { } last && on <= last;
}
