namespace Mentorship.WebHost.Contracts;

/// <summary>A competency a mentor claims: a topic code and a level 1–3 (basic, confident, expert).</summary>
public sealed record CompetencyInput(string? Topic, int? Level);
