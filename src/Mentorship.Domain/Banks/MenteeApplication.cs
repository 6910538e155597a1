using System.Collections.Generic;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Banks;

/// <summary>
/// What a would-be mentee hands in: the educator, the consent, the requests as written and the reasons.
/// Checked by <see cref="MenteeBank.Admit"/>, which reports every broken rule at once.
/// </summary>
/// <param name="Educator">The educator.</param>
/// <param name="Consent">The consent to personal-data processing, or null if none was given.</param>
/// <param name="Requests">The requested topics, most important first.</param>
/// <param name="Reasons">Why mentoring is needed.</param>
/// <param name="ExcludedMentors">Mentors the mentee must not be paired with (conflict of interest); optional.</param>
public sealed record MenteeApplication(
    Educator Educator,
    PersonalDataConsent? Consent,
    IReadOnlyList<TopicCode> Requests,
    IReadOnlyList<MentoringReason> Reasons,
    IReadOnlyList<EducatorId>? ExcludedMentors = null);
