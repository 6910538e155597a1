namespace Mentorship.WebHost.Contracts;

/// <summary>A request topic of the organisation's own, beside the standard catalog.</summary>
public sealed record TopicInput(string? Code, string? Title);
