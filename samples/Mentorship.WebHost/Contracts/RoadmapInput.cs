namespace Mentorship.WebHost.Contracts;

/// <summary>A roadmap table as received (tab-separated text as copied from the order, or the Markdown table the host gives back).</summary>
public sealed record RoadmapInput(string? Table);
