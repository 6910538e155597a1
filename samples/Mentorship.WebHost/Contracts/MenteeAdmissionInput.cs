using Mentorship.Domain.Banks;
using Mentorship.Domain.People;
using Mentorship.WebHost.Application;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>A mentee's entry into the mentee bank (roadmap item 2.1).</summary>
/// <param name="Educator">The person.</param>
/// <param name="ConsentGivenOn">When the consent to personal-data processing was given; without it the bank refuses the entry.</param>
/// <param name="Requests">Request-topic codes, most important first (1–5, distinct, from the bank's catalog).</param>
/// <param name="Reasons">Reasons for mentoring; default young specialist.</param>
/// <param name="ExcludedMentors">Mentors the mentee must not be paired with.</param>
/// <param name="AdmittedOn">The date of entry; default today.</param>
/// <param name="IntakeOverride">The coordinator's override to enter outside the intake window.</param>
public sealed record MenteeAdmissionInput(
    EducatorInput? Educator,
    LocalDate? ConsentGivenOn,
    IReadOnlyList<string>? Requests,
    IReadOnlyList<MentoringReason>? Reasons,
    IReadOnlyList<string>? ExcludedMentors,
    LocalDate? AdmittedOn,
    IntakeOverrideInput? IntakeOverride)
{
    internal MenteeApplication? ToApplication(OrganizationId organizationId, InputErrors errors)
    {
        var educator = errors.Required(Educator, "educator")?.ToEducator(organizationId, errors, "educator");
        var requests = Topics.Parse(errors.Required(Requests, "requests"), errors, "requests");
        var excluded = Ids.Parse(ExcludedMentors ?? [], errors, "excludedMentors");
        if (educator is null || requests is null || excluded is null)
        {
            return null;
        }

        var reasons = Reasons is { Count: > 0 } given ? given : [MentoringReason.YoungSpecialist];
        var consent = ConsentGivenOn is { } on ? PersonalDataConsent.Given(on) : null;
        return new MenteeApplication(educator, consent, requests, reasons, excluded);
    }
}
