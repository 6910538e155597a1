using System.Collections.Generic;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Banks;

/// <summary>The stored form of a <see cref="MenteeEntry"/>.</summary>
/// <param name="Educator">The educator.</param>
/// <param name="ConsentGivenOn">When the personal-data consent was given.</param>
/// <param name="ConsentWithdrawnOn">When it was withdrawn, if it was.</param>
/// <param name="Requests">The topic codes, most important first.</param>
/// <param name="Reasons">The reasons for mentoring.</param>
/// <param name="ExcludedMentors">The excluded mentors' identifiers.</param>
/// <param name="AdmittedOn">The date of entry.</param>
/// <param name="IntakeOverride">The coordinator's override, if any.</param>
public sealed record MenteeEntrySnapshot(
    EducatorSnapshot Educator,
    LocalDate ConsentGivenOn,
    LocalDate? ConsentWithdrawnOn,
    IReadOnlyList<string> Requests,
    IReadOnlyList<MentoringReason> Reasons,
    IReadOnlyList<string> ExcludedMentors,
    LocalDate AdmittedOn,
    IntakeOverride? IntakeOverride);
