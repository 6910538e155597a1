using Ardalis.GuardClauses;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Facts;

/// <summary>
/// One training session a mentor took part in (roadmap item 2.3), as the organisation's mentor bank recorded it: who,
/// where, when, what and for how many academic hours. Holds no personal data. Immutable.
/// </summary>
public sealed class MentorTrainingFact
{
    /// <summary>Creates a fact.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="organizationId">The organisation whose bank recorded it.</param>
    /// <param name="on">The date of the session.</param>
    /// <param name="title">What it was (a seminar, a course…).</param>
    /// <param name="hours">Academic hours, zero or more.</param>
    /// <exception cref="System.ArgumentException">An identifier is the default value or the title is blank.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="hours"/> is negative.</exception>
    public MentorTrainingFact(EducatorId mentor, OrganizationId organizationId, LocalDate on, string title, int hours)
    {
        Guard.Against.Default(mentor);
        Guard.Against.Default(organizationId);
        Mentor = mentor;
        OrganizationId = organizationId;
        On = on;
        Title = Guard.Against.NullOrWhiteSpace(title).Trim();
        Hours = Guard.Against.Negative(hours);
    }

    /// <summary>The mentor.</summary>
    public EducatorId Mentor { get; }

    /// <summary>The organisation whose bank recorded the session.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>The date of the session.</summary>
    public LocalDate On { get; }

    /// <summary>What it was.</summary>
    public string Title { get; }

    /// <summary>Academic hours.</summary>
    public int Hours { get; }

    /// <inheritdoc />
    public override string ToString() => $"Training of {Mentor} at {OrganizationId} on {On:uuuu-MM-dd}";
}
