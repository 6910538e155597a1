using System.Text.Json.Serialization;
using Mentorship.Domain.Banks;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring.InformationSupport;
using Mentorship.Domain.Monitoring.LocalActs;
using Mentorship.Domain.Monitoring.Practices;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.Pairing.Support;
using Mentorship.Domain.People;
using Mentorship.Domain.Serialization.SystemTextJson.Converters;

namespace Mentorship.Domain.Serialization.SystemTextJson;

/// <summary>
/// System.Text.Json metadata, generated at compile time, for every snapshot of the core: the aggregates'
/// snapshots (<see cref="MenteeBankSnapshot"/>, <see cref="MentorBankSnapshot"/>, <see cref="PairingRegisterSnapshot"/>,
/// <see cref="PersonalizedProgramSnapshot"/>, <see cref="SupportPlanSnapshot"/>, <see cref="PracticeCollectionSnapshot"/>,
/// <see cref="InformationSupportLogSnapshot"/>, <see cref="LocalActRegisterSnapshot"/>, <see cref="EducatorSnapshot"/>, <see cref="MentoringConsentSnapshot"/>)
/// and each of their parts. A trimmed or native AOT host needs no reflection to store them.
/// </summary>
/// <remarks>
/// Dates are ISO text (<c>"2026-09-01"</c>, <c>"05-20"</c> for a day of the year), enums their member names, and
/// properties keep their C# names, exactly as <see cref="MentorshipJson.Options"/> writes them. Internal: its
/// generated members change with every snapshot of the core, so hosts reach it as
/// <see cref="MentorshipJson.TypeInfoResolver"/> and the package's public API stays small.
/// </remarks>
[JsonSourceGenerationOptions(
    UseStringEnumConverter = true,
    Converters = [typeof(LocalDateJsonConverter), typeof(AnnualDateJsonConverter)])]
[JsonSerializable(typeof(RuleViolationSnapshot))]
[JsonSerializable(typeof(MenteeBankSnapshot))]
[JsonSerializable(typeof(MentorBankSnapshot))]
[JsonSerializable(typeof(BankSnapshotParts))]
[JsonSerializable(typeof(MenteeEntrySnapshot))]
[JsonSerializable(typeof(MentorEntrySnapshot))]
[JsonSerializable(typeof(FormerEntrySnapshot))]
[JsonSerializable(typeof(CompetencySnapshot))]
[JsonSerializable(typeof(MentorQuestionnaireSnapshot))]
[JsonSerializable(typeof(EducatorSnapshot))]
[JsonSerializable(typeof(MentoringConsentSnapshot))]
[JsonSerializable(typeof(PairingRegisterSnapshot))]
[JsonSerializable(typeof(MentoringUnitSnapshot))]
[JsonSerializable(typeof(AdministrativeOrderSnapshot))]
[JsonSerializable(typeof(EarlyTerminationSnapshot))]
[JsonSerializable(typeof(ExternalMentorSnapshot))]
[JsonSerializable(typeof(MenteeConsentSnapshot))]
[JsonSerializable(typeof(MenteeJoiningSnapshot))]
[JsonSerializable(typeof(MenteeLeavingSnapshot))]
[JsonSerializable(typeof(MentorCapacitySnapshot))]
[JsonSerializable(typeof(MentorReplacementSnapshot))]
[JsonSerializable(typeof(PersonalizedProgramSnapshot))]
[JsonSerializable(typeof(PlanItemSnapshot))]
[JsonSerializable(typeof(MenteeDiagnosisSnapshot))]
[JsonSerializable(typeof(ProgramEvaluationSnapshot))]
[JsonSerializable(typeof(SupportPlanSnapshot))]
[JsonSerializable(typeof(SupportMeasureSnapshot))]
[JsonSerializable(typeof(PracticeCollectionSnapshot))]
[JsonSerializable(typeof(PracticeSnapshot))]
[JsonSerializable(typeof(InformationSupportLogSnapshot))]
[JsonSerializable(typeof(LocalActRegisterSnapshot))]
[JsonSerializable(typeof(LocalActSnapshot))]
internal sealed partial class MentorshipJsonContext : JsonSerializerContext
{
}
