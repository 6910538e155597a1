using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.People;

/// <summary>
/// Who counts as a young specialist (молодой специалист) on a date: a person of at most
/// <see cref="MaxAge"/> completed years with at most <see cref="MaxTeachingYears"/> completed years of
/// teaching; or a person appointed, at most <see cref="MaxTeachingYears"/> completed years ago, to a post
/// they had no experience in.
/// </summary>
public static class YoungSpecialistRule
{
    /// <summary>The greatest age, in completed years (35).</summary>
    public const int MaxAge = 35;

    /// <summary>The greatest teaching experience, in completed years (3).</summary>
    public const int MaxTeachingYears = 3;

    /// <summary>Whether the rule applies to the educator on the date.</summary>
    /// <param name="educator">The educator.</param>
    /// <param name="on">The date.</param>
    /// <returns><see langword="true"/> for a young specialist.</returns>
    public static bool Applies(Educator educator, LocalDate on)
    {
        Guard.Against.Null(educator);
        var young = educator.PersonalData.AgeOn(on) <= MaxAge && educator.TeachingYearsOn(on) <= MaxTeachingYears;
        if (young)
        {
            return true;
        }

        return educator.PostAppointment is { WithoutPriorExperience: true } appointment
            && appointment.Since <= on
            && Period.Between(appointment.Since, on, PeriodUnits.Years).Years <= MaxTeachingYears;
    }
}
