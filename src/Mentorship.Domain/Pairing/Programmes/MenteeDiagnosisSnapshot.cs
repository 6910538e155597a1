using System.Collections.Generic;

namespace Mentorship.Domain.Pairing.Programmes;

/// <summary>The stored form of a <see cref="MenteeDiagnosis"/>.</summary>
/// <param name="Mentee">The mentee's identifier.</param>
/// <param name="Difficulties">The difficulties.</param>
/// <param name="Strengths">The strengths.</param>
/// <param name="Request">The request.</param>
public sealed record MenteeDiagnosisSnapshot(string Mentee, IReadOnlyList<string> Difficulties, IReadOnlyList<string> Strengths, string Request);
