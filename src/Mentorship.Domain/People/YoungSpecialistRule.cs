using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.People;

/// <summary>
/// Who counts as a young specialist (молодой специалист) on a date, under a <see cref="YoungSpecialistPolicy"/>
/// (by default: at most 35 completed years of age and within the first 3 years of teaching; or appointed, less than
/// 3 years ago, to a post the person had no experience in). The third anniversary itself no longer counts.
/// </summary>
public static class YoungSpecialistRule
{
    /// <summary>Whether the rule applies to the educator on the date under the default policy.</summary>
    /// <param name="educator">The educator.</param>
    /// <param name="on">The date.</param>
    /// <returns><see langword="true"/> for a young specialist.</returns>
    public static bool Applies(Educator educator, LocalDate on) => Applies(educator, on, YoungSpecialistPolicy.Default);

    /// <summary>Whether the rule applies to the educator on the date.</summary>
    /// <param name="educator">The educator.</param>
    /// <param name="on">The date.</param>
    /// <param name="policy">The boundaries.</param>
    /// <returns><see langword="true"/> for a young specialist.</returns>
    public static bool Applies(Educator educator, LocalDate on, YoungSpecialistPolicy policy)
    {
        Guard.Against.Null(educator);
        Guard.Against.Null(policy);
        var byTeaching = educator.TeachingSince is not { } since || since > on || on <= policy.LastDayFrom(since);
        if (on <= policy.LastDayByAge(educator.PersonalData.BirthDate) && byTeaching)
        {
            return true;
        }

        return educator.PostAppointment is { WithoutPriorExperience: true } appointment
            && appointment.Since <= on
            && on <= policy.LastDayFrom(appointment.Since);
    }
}
