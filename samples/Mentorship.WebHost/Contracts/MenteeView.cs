using Mentorship.Domain.Banks;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>A mentee's entry as the coordinator sees it.</summary>
public sealed record MenteeView(
    string Id,
    string FullName,
    LocalDate BirthDate,
    string? Email,
    string? Phone,
    string Post,
    LocalDate? TeachingSince,
    QualificationCategory Category,
    IReadOnlyList<string> Subjects,
    bool YoungSpecialist,
    LocalDate ConsentGivenOn,
    IReadOnlyList<string> Requests,
    IReadOnlyList<MentoringReason> Reasons,
    IReadOnlyList<string> ExcludedMentors,
    LocalDate AdmittedOn,
    IntakeOverride? IntakeOverride)
{
    internal static MenteeView Of(MenteeEntry e, LocalDate today)
    {
        var ed = e.Educator;
        return new(
            e.Id.Value,
            ed.PersonalData.FullName,
            ed.PersonalData.BirthDate,
            ed.PersonalData.Email,
            ed.PersonalData.Phone,
            ed.Post,
            ed.TeachingSince,
            ed.Category,
            ed.Subjects,
            ed.IsYoungSpecialistOn(today),
            e.Consent.GivenOn,
            e.Requests.Topics.Select(t => t.Value).ToArray(),
            e.Reasons,
            e.ExcludedMentors.Select(m => m.Value).ToArray(),
            e.AdmittedOn,
            e.IntakeOverride);
    }
}
