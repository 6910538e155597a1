using System.Collections.Generic;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Banks;

/// <summary>The stored form of a <see cref="MentorEntry"/>.</summary>
/// <param name="Educator">The educator.</param>
/// <param name="ConsentGivenOn">When the personal-data consent was given.</param>
/// <param name="ConsentWithdrawnOn">When it was withdrawn, if it was.</param>
/// <param name="Competencies">The competencies.</param>
/// <param name="Capacity">The capacity.</param>
/// <param name="Questionnaire">The questionnaire answers, if any.</param>
/// <param name="Training">The training sessions.</param>
/// <param name="MentoringConsent">The art. 351.8 consent, if signed.</param>
/// <param name="AdmittedOn">The date of entry.</param>
/// <param name="IntakeOverride">The coordinator's override, if any.</param>
public sealed record MentorEntrySnapshot(
    EducatorSnapshot Educator,
    LocalDate ConsentGivenOn,
    LocalDate? ConsentWithdrawnOn,
    IReadOnlyList<CompetencySnapshot> Competencies,
    int Capacity,
    MentorQuestionnaireSnapshot? Questionnaire,
    IReadOnlyList<TrainingSession> Training,
    MentoringConsentSnapshot? MentoringConsent,
    LocalDate AdmittedOn,
    IntakeOverride? IntakeOverride);
