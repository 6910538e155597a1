using Mentorship.Domain.People;
using Mentorship.WebHost.Application;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>An educator as a coordinator enters them: the person's details and their post.</summary>
/// <param name="Id">The educator's identifier in the school's system (1–64 characters).</param>
/// <param name="FullName">Full name (personal data).</param>
/// <param name="BirthDate">Birth date (personal data).</param>
/// <param name="Email">E-mail, optional (personal data).</param>
/// <param name="Phone">Phone, optional (personal data).</param>
/// <param name="Post">The post (должность).</param>
/// <param name="TeachingSince">The start of teaching experience; none for a person without any.</param>
/// <param name="Category">The qualification category; default none.</param>
/// <param name="Subjects">Subjects or programme areas taught.</param>
/// <param name="PostAppointedOn">When appointed to the current post, if it matters for mentoring.</param>
/// <param name="PostWithoutPriorExperience">Whether the person had no experience in that post.</param>
public sealed record EducatorInput(
    string? Id,
    string? FullName,
    LocalDate? BirthDate,
    string? Email,
    string? Phone,
    string? Post,
    LocalDate? TeachingSince,
    QualificationCategory? Category,
    IReadOnlyList<string>? Subjects,
    LocalDate? PostAppointedOn,
    bool? PostWithoutPriorExperience)
{
    internal Educator? ToEducator(OrganizationId organizationId, InputErrors errors, string prefix)
    {
        var idText = errors.Required(Id, $"{prefix}.id");
        var id = idText is null ? null : errors.TryValue($"{prefix}.id", () => EducatorId.From(idText));
        var fullName = errors.Required(FullName, $"{prefix}.fullName");
        var birthDate = errors.Required(BirthDate, $"{prefix}.birthDate");
        var post = errors.Required(Post, $"{prefix}.post");
        var personalData = fullName is null || birthDate is null
            ? null
            : errors.Try($"{prefix}.fullName", () => new PersonalData(fullName, birthDate.Value, Email, Phone));
        if (id is null || personalData is null || post is null)
        {
            return null;
        }

        var appointment = PostAppointedOn is { } since ? new PostAppointment(since, PostWithoutPriorExperience ?? false) : null;
        return errors.Try(prefix, () => new Educator(
            id.Value, organizationId, personalData, post, TeachingSince, Category ?? QualificationCategory.None, Subjects, appointment));
    }
}
