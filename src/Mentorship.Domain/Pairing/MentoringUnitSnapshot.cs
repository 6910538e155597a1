using System.Collections.Generic;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>The stored form of a <see cref="MentoringUnit"/>.</summary>
/// <param name="Id">The identifier.</param>
/// <param name="Mentor">The current mentor's identifier.</param>
/// <param name="Mentees">The current mentees' identifiers.</param>
/// <param name="Form">The form.</param>
/// <param name="PeriodStart">The period's first day.</param>
/// <param name="PeriodEnd">The period's last day (included).</param>
/// <param name="PeriodWarningAcknowledged">Whether a period outside 3–12 months was acknowledged.</param>
/// <param name="Participants">The form by participants.</param>
/// <param name="Variant">The variant of the educator – educator form, if any.</param>
/// <param name="Topics">The requests' topic codes.</param>
/// <param name="Source">Where the proposal came from.</param>
/// <param name="MatchScore">The matching score, if any.</param>
/// <param name="ProposedOn">The date of the proposal.</param>
/// <param name="Status">The status.</param>
/// <param name="MentorAgreement">The current mentor's agreement, if recorded.</param>
/// <param name="MenteeConsents">The mentees' consents.</param>
/// <param name="FixingOrderNumber">The fixing order's number, if fixed.</param>
/// <param name="FixingOrderDate">The fixing order's date, if fixed.</param>
/// <param name="ActivatedOn">The start date, if started.</param>
/// <param name="CompletedOn">The completion date, if completed.</param>
/// <param name="Outcome">The outcome, if completed.</param>
/// <param name="EarlyTermination">The early termination, if ended early.</param>
/// <param name="CancelledOn">The date of cancellation, if cancelled.</param>
/// <param name="Replacements">The replacements, oldest first.</param>
/// <param name="DepartedMentees">Anonymised identifiers of mentees who left the group.</param>
/// <param name="ExternalMentors">The unit's mentors from another organisation, with it; <see langword="null"/> is read as none.</param>
/// <param name="Joinings">Mentees who joined the running group by an order; <see langword="null"/> is read as none.</param>
/// <param name="Leavings">Mentees who left the running group by an order; <see langword="null"/> is read as none.</param>
public sealed record MentoringUnitSnapshot(
    string Id,
    string Mentor,
    IReadOnlyList<string> Mentees,
    MentorshipForm Form,
    LocalDate PeriodStart,
    LocalDate PeriodEnd,
    bool PeriodWarningAcknowledged,
    ParticipantsForm Participants,
    EducatorPairVariant? Variant,
    IReadOnlyList<string> Topics,
    ProposalSource Source,
    int? MatchScore,
    LocalDate ProposedOn,
    MentoringUnitStatus Status,
    MentoringConsentSnapshot? MentorAgreement,
    IReadOnlyList<MenteeConsentSnapshot> MenteeConsents,
    string? FixingOrderNumber,
    LocalDate? FixingOrderDate,
    LocalDate? ActivatedOn,
    LocalDate? CompletedOn,
    MentoringOutcome? Outcome,
    EarlyTerminationSnapshot? EarlyTermination,
    LocalDate? CancelledOn,
    IReadOnlyList<MentorReplacementSnapshot> Replacements,
    IReadOnlyList<string> DepartedMentees,
    IReadOnlyList<ExternalMentorSnapshot>? ExternalMentors = null,
    IReadOnlyList<MenteeJoiningSnapshot>? Joinings = null,
    IReadOnlyList<MenteeLeavingSnapshot>? Leavings = null);
