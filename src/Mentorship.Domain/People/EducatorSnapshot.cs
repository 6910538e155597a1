using System.Collections.Generic;
using NodaTime;

namespace Mentorship.Domain.People;

/// <summary>The stored form of an <see cref="Educator"/>: plain data for a host's database or JSON.</summary>
/// <param name="Id">The identifier.</param>
/// <param name="OrganizationId">The employing organisation's identifier.</param>
/// <param name="FullName">The full name.</param>
/// <param name="BirthDate">The birth date.</param>
/// <param name="Email">The e-mail address, if any.</param>
/// <param name="Phone">The phone number, if any.</param>
/// <param name="Post">The post held.</param>
/// <param name="TeachingSince">The start of teaching experience, if any.</param>
/// <param name="Category">The qualification category.</param>
/// <param name="Subjects">The subjects taught.</param>
/// <param name="PostAppointedOn">When the current post was taken up, if known.</param>
/// <param name="PostWithoutPriorExperience">Whether the post was taken up without experience in it.</param>
public sealed record EducatorSnapshot(
    string Id,
    string OrganizationId,
    string FullName,
    LocalDate BirthDate,
    string? Email,
    string? Phone,
    string Post,
    LocalDate? TeachingSince,
    QualificationCategory Category,
    IReadOnlyList<string> Subjects,
    LocalDate? PostAppointedOn,
    bool PostWithoutPriorExperience)
{
    /// <inheritdoc />
    public override string ToString() => $"EducatorSnapshot {Id}";
}
