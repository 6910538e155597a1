namespace Mentorship.WebHost.Contracts;

/// <summary>A mentee's starting point: difficulties, strengths and the request.</summary>
public sealed record DiagnosisInput(string? Mentee, IReadOnlyList<string>? Difficulties, IReadOnlyList<string>? Strengths, string? Request);
