using Mentorship.Domain.Banks;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>A mentor's entry as the coordinator sees it.</summary>
public sealed record MentorView(
    string Id,
    string FullName,
    LocalDate BirthDate,
    string? Email,
    string? Phone,
    string Post,
    LocalDate? TeachingSince,
    int TeachingYears,
    QualificationCategory Category,
    IReadOnlyList<string> Subjects,
    LocalDate ConsentGivenOn,
    IReadOnlyList<CompetencyInput> Competencies,
    int Capacity,
    QuestionnaireInput? Questionnaire,
    IReadOnlyList<TrainingSession> Training,
    int TrainingHours,
    MentoringConsentSnapshot? MentoringConsent,
    LocalDate AdmittedOn,
    IntakeOverride? IntakeOverride)
{
    internal static MentorView Of(MentorEntry e, LocalDate today)
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
            ed.TeachingYearsOn(today),
            ed.Category,
            ed.Subjects,
            e.Consent.GivenOn,
            e.Competencies.Claims.Select(c => new CompetencyInput(c.Topic.Value, c.Level)).ToArray(),
            e.Capacity,
            e.Questionnaire is { } q ? new QuestionnaireInput(q.Experience, q.Achievements, q.PreferredMeetingTimes, q.Motivation) : null,
            e.Training.Sessions,
            e.Training.TotalHours,
            e.MentoringConsent?.ToSnapshot(),
            e.AdmittedOn,
            e.IntakeOverride);
    }
}
