using System.Collections.Generic;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Programmes;

/// <summary>The stored form of a <see cref="PersonalizedProgram"/>: plain data only.</summary>
/// <param name="UnitId">The pair or group.</param>
/// <param name="OrganizationId">The organisation.</param>
/// <param name="PeriodStart">The period's first day.</param>
/// <param name="PeriodEnd">The period's last day (included).</param>
/// <param name="Form">The form.</param>
/// <param name="PeriodWarningAcknowledged">Whether a period outside 3–12 months was acknowledged.</param>
/// <param name="Mentees">The mentees' identifiers.</param>
/// <param name="Diagnoses">The diagnoses.</param>
/// <param name="Goal">The goal.</param>
/// <param name="Tasks">The tasks.</param>
/// <param name="Plan">The plan items.</param>
/// <param name="ExpectedResults">The expected results.</param>
/// <param name="ReportingForms">The reporting forms.</param>
/// <param name="Status">The status.</param>
/// <param name="DraftedOn">The date it was drawn up.</param>
/// <param name="ApprovedOn">The date of the latest approval, if any.</param>
/// <param name="Evaluation">The evaluation, if completed.</param>
/// <param name="ClosedOn">The date of closing, if closed.</param>
/// <param name="ErasedMentees">How many mentees' diagnoses were erased.</param>
public sealed record PersonalizedProgramSnapshot(
    string UnitId,
    string OrganizationId,
    LocalDate PeriodStart,
    LocalDate PeriodEnd,
    MentorshipForm Form,
    bool PeriodWarningAcknowledged,
    IReadOnlyList<string> Mentees,
    IReadOnlyList<MenteeDiagnosisSnapshot> Diagnoses,
    string Goal,
    IReadOnlyList<string> Tasks,
    IReadOnlyList<PlanItemSnapshot> Plan,
    IReadOnlyList<string> ExpectedResults,
    IReadOnlyList<string> ReportingForms,
    ProgramStatus Status,
    LocalDate DraftedOn,
    LocalDate? ApprovedOn,
    ProgramEvaluationSnapshot? Evaluation,
    LocalDate? ClosedOn,
    int ErasedMentees)
{
    /// <summary>
    /// The shape of the snapshot (<see cref="Common.SnapshotSchema.Current"/> when written by this library); a snapshot
    /// of a newer or of no shape is refused by <see cref="PersonalizedProgram.FromSnapshot"/>.
    /// </summary>
    public int SchemaVersion { get; init; } = Common.SnapshotSchema.Current;
}
