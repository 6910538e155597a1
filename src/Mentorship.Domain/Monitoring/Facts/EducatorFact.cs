using Ardalis.GuardClauses;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Facts;

/// <summary>
/// One employment of an educator in an organisation, with the last day the person counts as a young teacher.
/// Holds no personal data: the birth date is reduced to that last day. A person employed twice (or in two
/// organisations) has one fact per employment. Immutable.
/// </summary>
public sealed class EducatorFact
{
    /// <summary>Creates a fact.</summary>
    /// <param name="id">The educator.</param>
    /// <param name="organizationId">The employing organisation.</param>
    /// <param name="employedFrom">The first day of employment.</param>
    /// <param name="employedThrough">The last day of employment (included), or <see langword="null"/> while employed.</param>
    /// <param name="youngTeacherThrough">The last day the person is a young teacher (<see cref="YoungTeacherRule.LastDay"/>), or <see langword="null"/> for never.</param>
    /// <exception cref="System.ArgumentException">An identifier is the default value or the employment ends before it starts.</exception>
    public EducatorFact(EducatorId id, OrganizationId organizationId, LocalDate employedFrom, LocalDate? employedThrough = null, LocalDate? youngTeacherThrough = null)
    {
        Guard.Against.Default(id);
        Guard.Against.Default(organizationId);
        if (employedThrough is { } through && through < employedFrom)
        {
            throw new System.ArgumentException("The employment ends before it starts.", nameof(employedThrough));
        }

        Id = id;
        OrganizationId = organizationId;
        EmployedFrom = employedFrom;
        EmployedThrough = employedThrough;
        YoungTeacherThrough = youngTeacherThrough;
    }

    /// <summary>The educator.</summary>
    public EducatorId Id { get; }

    /// <summary>The employing organisation.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>The first day of employment.</summary>
    public LocalDate EmployedFrom { get; }

    /// <summary>The last day of employment (included), or <see langword="null"/> while employed.</summary>
    public LocalDate? EmployedThrough { get; }

    /// <summary>The last day the person is a young teacher, or <see langword="null"/> for never.</summary>
    public LocalDate? YoungTeacherThrough { get; }

    /// <summary>
    /// The days the person counts as a young specialist by the second branch of the definition: appointed to a post
    /// they had no experience in, from the appointment through the day before its third anniversary
    /// (<see cref="YoungSpecialistPolicy.LastDayFrom"/>); <see langword="null"/> for none. K1 counts it when
    /// <c>MonitoringPolicy.CountsNewPostWithoutExperience</c> is set (the default).
    /// </summary>
    public DateInterval? NewPostWithoutExperience { get; private init; }

    /// <summary>A copy with the days of an appointment to a post without experience (<see cref="NewPostWithoutExperience"/>).</summary>
    /// <param name="span">The days, both ends included.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="span"/> is null.</exception>
    public EducatorFact WithNewPostWithoutExperience(DateInterval span) =>
        new(Id, OrganizationId, EmployedFrom, EmployedThrough, YoungTeacherThrough) { NewPostWithoutExperience = Guard.Against.Null(span) };

    /// <summary>Whether the person is a young teacher on a date: by age and teaching years, or, when asked, by a new post.</summary>
    /// <param name="on">The date.</param>
    /// <param name="countingNewPost">Whether an appointment to a post without experience counts.</param>
    /// <returns><see langword="true"/> for a young teacher.</returns>
    public bool IsYoungTeacherOn(LocalDate on, bool countingNewPost) =>
        YoungTeacherRule.Applies(YoungTeacherThrough, on) || (countingNewPost && NewPostWithoutExperience is { } post && post.Contains(on));

    /// <summary>
    /// The fact for an educator of the People room, computing the young-teacher status from the birth date and teaching
    /// start, and the days of an appointment to a post without experience from <see cref="Educator.PostAppointment"/>.
    /// </summary>
    /// <param name="educator">The educator.</param>
    /// <param name="employedFrom">The first day of employment.</param>
    /// <param name="employedThrough">The last day of employment, or <see langword="null"/> while employed.</param>
    /// <param name="policy">The young-specialist boundaries; <see cref="YoungSpecialistPolicy.Default"/> when omitted.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="educator"/> is null.</exception>
    public static EducatorFact From(Educator educator, LocalDate employedFrom, LocalDate? employedThrough = null, YoungSpecialistPolicy? policy = null)
    {
        Guard.Against.Null(educator);
        var fact = new EducatorFact(
            educator.Id,
            educator.OrganizationId,
            employedFrom,
            employedThrough,
            YoungTeacherRule.LastDay(educator.PersonalData.BirthDate, educator.TeachingSince, policy));
        return educator.PostAppointment is { WithoutPriorExperience: true } post
            ? fact.WithNewPostWithoutExperience(new DateInterval(post.Since, (policy ?? YoungSpecialistPolicy.Default).LastDayFrom(post.Since)))
            : fact;
    }

    /// <summary>Whether employed on a date.</summary>
    /// <param name="on">The date.</param>
    /// <returns><see langword="true"/> if the date is within the employment.</returns>
    public bool IsEmployedOn(LocalDate on) => EmployedFrom <= on && (EmployedThrough is not { } through || on <= through);

    /// <inheritdoc />
    public override string ToString() => $"EducatorFact {Id} at {OrganizationId}";
}
