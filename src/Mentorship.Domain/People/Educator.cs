using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.People;

/// <summary>
/// A pedagogical worker (педагогический работник) of an organisation: teacher, педагог дополнительного
/// образования, методист, воспитатель. Immutable: the <c>With…</c> methods return changed copies.
/// </summary>
/// <remarks><see cref="ToString"/> shows the identifier only: personal data never leaves through it.</remarks>
public sealed class Educator
{
    private readonly string[] _subjects;

    /// <summary>Creates an educator.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="organizationId">The employing organisation.</param>
    /// <param name="personalData">Name, birth date and contacts.</param>
    /// <param name="post">The post held, e.g. «педагог дополнительного образования».</param>
    /// <param name="teachingSince">The start of teaching experience, or <see langword="null"/> for none yet.</param>
    /// <param name="category">The qualification category.</param>
    /// <param name="subjects">The subjects or programme areas taught (codes or names; compared case-insensitively).</param>
    /// <param name="postAppointment">When the current post was taken up and whether without experience in it; optional.</param>
    /// <exception cref="ArgumentException">An identifier is the default value or the post is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="personalData"/> is null.</exception>
    public Educator(
        EducatorId id,
        OrganizationId organizationId,
        PersonalData personalData,
        string post,
        LocalDate? teachingSince,
        QualificationCategory category,
        IEnumerable<string>? subjects = null,
        PostAppointment? postAppointment = null)
    {
        Guard.Against.Default(id);
        Guard.Against.Default(organizationId);
        Id = id;
        OrganizationId = organizationId;
        PersonalData = Guard.Against.Null(personalData);
        Post = Guard.Against.NullOrWhiteSpace(post).Trim();
        TeachingSince = teachingSince;
        Category = Guard.Against.EnumOutOfRange(category);
        _subjects = NormalizeSubjects(subjects);
        PostAppointment = postAppointment;
    }

    /// <summary>The identifier.</summary>
    public EducatorId Id { get; }

    /// <summary>The employing organisation.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>Name, birth date and contacts.</summary>
    public PersonalData PersonalData { get; }

    /// <summary>The post held.</summary>
    public string Post { get; }

    /// <summary>The start of teaching experience, or <see langword="null"/> if the person has not taught before.</summary>
    public LocalDate? TeachingSince { get; }

    /// <summary>The qualification category.</summary>
    public QualificationCategory Category { get; }

    /// <summary>The subjects taught, trimmed, lower-case, distinct and sorted ordinally.</summary>
    public IReadOnlyList<string> Subjects => _subjects;

    /// <summary>When the current post was taken up, if known.</summary>
    public PostAppointment? PostAppointment { get; }

    /// <summary>Completed years of teaching on a date (0 when there is no experience or it starts later).</summary>
    /// <param name="on">The date.</param>
    /// <returns>The completed years.</returns>
    public int TeachingYearsOn(LocalDate on) =>
        TeachingSince is { } since && since <= on ? Period.Between(since, on, PeriodUnits.Years).Years : 0;

    /// <summary>
    /// Whether the educator is a young specialist on a date: see <see cref="YoungSpecialistRule"/>.
    /// </summary>
    /// <param name="on">The date.</param>
    /// <returns><see langword="true"/> for a young specialist.</returns>
    public bool IsYoungSpecialistOn(LocalDate on) => YoungSpecialistRule.Applies(this, on);

    /// <summary>Whether the two teach at least one common subject.</summary>
    /// <param name="other">The other educator.</param>
    /// <returns><see langword="true"/> if a subject is shared.</returns>
    public bool SharesSubjectWith(Educator other) => Guard.Against.Null(other)._subjects.Intersect(_subjects, StringComparer.Ordinal).Any();

    /// <summary>A copy with another post, taken up on a date.</summary>
    /// <param name="post">The new post.</param>
    /// <param name="appointment">When it was taken up and whether without experience in it.</param>
    /// <returns>The changed copy.</returns>
    public Educator WithPost(string post, PostAppointment appointment) =>
        new(Id, OrganizationId, PersonalData, post, TeachingSince, Category, _subjects, Guard.Against.Null(appointment));

    /// <summary>A copy with another qualification category.</summary>
    /// <param name="category">The new category.</param>
    /// <returns>The changed copy.</returns>
    public Educator WithCategory(QualificationCategory category) =>
        new(Id, OrganizationId, PersonalData, Post, TeachingSince, category, _subjects, PostAppointment);

    /// <summary>A copy with other subjects.</summary>
    /// <param name="subjects">The subjects.</param>
    /// <returns>The changed copy.</returns>
    public Educator WithSubjects(IEnumerable<string> subjects) =>
        new(Id, OrganizationId, PersonalData, Post, TeachingSince, Category, Guard.Against.Null(subjects), PostAppointment);

    /// <summary>A copy with corrected personal data.</summary>
    /// <param name="personalData">The new personal data.</param>
    /// <returns>The changed copy.</returns>
    public Educator WithPersonalData(PersonalData personalData) =>
        new(Id, OrganizationId, personalData, Post, TeachingSince, Category, _subjects, PostAppointment);

    /// <summary>The stored form of this educator.</summary>
    /// <returns>The snapshot.</returns>
    public EducatorSnapshot ToSnapshot() => new(
        Id.Value,
        OrganizationId.Value,
        PersonalData.FullName,
        PersonalData.BirthDate,
        PersonalData.Email,
        PersonalData.Phone,
        Post,
        TeachingSince,
        Category,
        _subjects.ToArray(),
        PostAppointment?.Since,
        PostAppointment?.WithoutPriorExperience ?? false);

    /// <summary>Restores an educator from its stored form.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The educator.</returns>
    /// <exception cref="ArgumentException">The snapshot holds invalid values.</exception>
    public static Educator FromSnapshot(EducatorSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        return new Educator(
            EducatorId.From(snapshot.Id),
            People.OrganizationId.From(snapshot.OrganizationId),
            new PersonalData(snapshot.FullName, SnapshotSchema.Date(snapshot.BirthDate, "Educator.BirthDate"), snapshot.Email, snapshot.Phone),
            snapshot.Post,
            SnapshotSchema.Date(snapshot.TeachingSince, "Educator.TeachingSince"),
            snapshot.Category,
            snapshot.Subjects,
            snapshot.PostAppointedOn is { } since ? new PostAppointment(SnapshotSchema.Date(since, "Educator.PostAppointedOn"), snapshot.PostWithoutPriorExperience) : null);
    }

    /// <inheritdoc />
    public override string ToString() => $"Educator {Id}";

    private static string[] NormalizeSubjects(IEnumerable<string>? subjects)
    {
        if (subjects is null)
        {
            return [];
        }

        return subjects
            .Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => s.Trim().ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToArray();
    }
}
