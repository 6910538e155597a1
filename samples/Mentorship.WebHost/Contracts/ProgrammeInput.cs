namespace Mentorship.WebHost.Contracts;

/// <summary>
/// A personalized programme for a pair or group: each mentee's difficulties, strengths and request, the goal, tasks,
/// expected results and reporting forms. The plan is the core's standard meeting sequence over the unit's period
/// (introduction, trial meeting, planning, a series of meetings, final meeting) on working days.
/// </summary>
public sealed record ProgrammeInput(
    IReadOnlyList<DiagnosisInput?>? Diagnoses,
    string? Goal,
    IReadOnlyList<string>? Tasks,
    IReadOnlyList<string>? ExpectedResults,
    IReadOnlyList<string>? ReportingForms);
