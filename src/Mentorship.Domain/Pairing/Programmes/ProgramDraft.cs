using System.Collections.Generic;

namespace Mentorship.Domain.Pairing.Programmes;

/// <summary>The content of a personalised programme as drawn up; checked by <see cref="ProgramContentRule"/>.</summary>
/// <param name="Diagnoses">One diagnosis per mentee of the pair or group.</param>
/// <param name="Goal">The goal.</param>
/// <param name="Tasks">The tasks.</param>
/// <param name="Plan">The plan items (e.g. from <see cref="StandardMeetingSequence"/> plus the pair's own).</param>
/// <param name="ExpectedResults">The expected results.</param>
/// <param name="ReportingForms">The reporting forms (e.g. «отчёт наставника», «портфолио наставляемого»).</param>
public sealed record ProgramDraft(
    IReadOnlyList<MenteeDiagnosis> Diagnoses,
    string Goal,
    IReadOnlyList<string> Tasks,
    IReadOnlyList<PlanItem> Plan,
    IReadOnlyList<string> ExpectedResults,
    IReadOnlyList<string> ReportingForms);
