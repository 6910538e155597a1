using System.Collections.Generic;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Banks;

/// <summary>
/// What a would-be mentor hands in with the questionnaire: competencies as claimed, capacity, answers and
/// consents. Checked by <see cref="MentorBank.Admit"/>, which reports every broken rule at once.
/// </summary>
/// <param name="Educator">The educator.</param>
/// <param name="Consent">The consent to personal-data processing, or null if none was given.</param>
/// <param name="Competencies">The competencies as claimed.</param>
/// <param name="Capacity">Mentees at once; null takes the policy's default.</param>
/// <param name="Questionnaire">The questionnaire answers; optional.</param>
/// <param name="MentoringConsent">The written consent to mentoring duties (Labour Code art. 351.8), if already signed.</param>
public sealed record MentorApplication(
    Educator Educator,
    PersonalDataConsent? Consent,
    IReadOnlyList<CompetencyClaim> Competencies,
    int? Capacity = null,
    MentorQuestionnaire? Questionnaire = null,
    MentoringConsent? MentoringConsent = null);
