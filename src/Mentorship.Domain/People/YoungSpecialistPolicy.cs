using System;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.People;

/// <summary>
/// The boundaries of young-specialist status (молодой специалист), the one definition used by
/// <see cref="YoungSpecialistRule"/> and by indicator K1 (<c>Monitoring.Facts.YoungTeacherRule</c>).
/// A person is young while of at most <see cref="MaxAge"/> completed years and within the first
/// <see cref="TeachingYears"/> years of teaching: status by teaching ends <em>on</em> the
/// <see cref="TeachingYears"/>-th anniversary of the start of teaching, which is no longer counted
/// (on that day the person has full <see cref="TeachingYears"/> years of experience, «стаж менее 3 лет» no longer holds).
/// Immutable.
/// </summary>
public sealed record YoungSpecialistPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="maxAge">The greatest age in completed years, 18 to 70.</param>
    /// <param name="teachingYears">The years of teaching the status lasts, 1 to 10.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range.</exception>
    public YoungSpecialistPolicy(int maxAge, int teachingYears)
    {
        MaxAge = Guard.Against.OutOfRange(maxAge, nameof(maxAge), 18, 70);
        TeachingYears = Guard.Against.OutOfRange(teachingYears, nameof(teachingYears), 1, 10);
    }

    /// <summary>At most 35 completed years of age, status lasting the first 3 years of teaching.</summary>
    public static YoungSpecialistPolicy Default { get; } = new(35, 3);

    /// <summary>The greatest age, in completed years (35 by default): status ends the day before the next birthday.</summary>
    public int MaxAge { get; }

    /// <summary>How many years of teaching (or of a post taken without experience) the status lasts (3 by default).</summary>
    public int TeachingYears { get; }

    /// <summary>The Russian wording of the rule for reports and labels, e.g. «не старше 35 лет, стаж менее 3 лет».</summary>
    public string Wording =>
        "не старше " + MaxAge.ToString(CultureInfo.InvariantCulture) + " лет, стаж менее "
        + TeachingYears.ToString(CultureInfo.InvariantCulture) + " " + YearsWord(TeachingYears);

    /// <summary>The last day a person born on a date is young by age: the day before the birthday after <see cref="MaxAge"/>.</summary>
    /// <param name="birthDate">The birth date.</param>
    /// <returns>The last day.</returns>
    public LocalDate LastDayByAge(LocalDate birthDate) => birthDate.PlusYears(MaxAge + 1).PlusDays(-1);

    /// <summary>
    /// The last day of status counted from a start (of teaching, or of a post taken without experience): the day
    /// before the <see cref="TeachingYears"/>-th anniversary of the start.
    /// </summary>
    /// <param name="start">The first day of teaching or in the post.</param>
    /// <returns>The last day.</returns>
    public LocalDate LastDayFrom(LocalDate start) => start.PlusYears(TeachingYears).PlusDays(-1);

    private static string YearsWord(int n) => (n % 10, n % 100) switch
    {
        (1, not 11) => "года",
        _ => "лет",
    };
}
