using Mentorship.Domain.Banks;
using Mentorship.Domain.People;
using Mentorship.WebHost.Application;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>A mentor's entry into the mentor bank (roadmap item 2.2).</summary>
/// <param name="Educator">The person.</param>
/// <param name="ConsentGivenOn">When the consent to personal-data processing was given; without it the bank refuses the entry.</param>
/// <param name="Competencies">Competencies by topic with levels 1–3.</param>
/// <param name="Capacity">Mentees at once; default the bank's policy.</param>
/// <param name="Questionnaire">The questionnaire, optional.</param>
/// <param name="MentoringConsent">The written consent to mentoring duties, if already signed.</param>
/// <param name="AdmittedOn">The date of entry; default today.</param>
/// <param name="IntakeOverride">The coordinator's override to enter outside the intake window.</param>
public sealed record MentorAdmissionInput(
    EducatorInput? Educator,
    LocalDate? ConsentGivenOn,
    IReadOnlyList<CompetencyInput?>? Competencies,
    int? Capacity,
    QuestionnaireInput? Questionnaire,
    MentoringConsentInput? MentoringConsent,
    LocalDate? AdmittedOn,
    IntakeOverrideInput? IntakeOverride)
{
    internal MentorApplication? ToApplication(OrganizationId organizationId, InputErrors errors)
    {
        var educator = errors.Required(Educator, "educator")?.ToEducator(organizationId, errors, "educator");
        var competencies = Contracts.Competencies.Parse(Competencies, errors, "competencies");
        var mentoringConsent = MentoringConsent?.ToConsent(errors, "mentoringConsent");
        if (educator is null || competencies is null || (MentoringConsent is not null && mentoringConsent is null))
        {
            return null;
        }

        var consent = ConsentGivenOn is { } on ? PersonalDataConsent.Given(on) : null;
        return new MentorApplication(educator, consent, competencies, Capacity, Questionnaire?.ToQuestionnaire(), mentoringConsent);
    }
}
