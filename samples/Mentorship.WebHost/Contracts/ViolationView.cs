namespace Mentorship.WebHost.Contracts;

/// <summary>A broken rule of the core: the rule's name, its stable code, a message without personal data, the subject's identifier.</summary>
public sealed record ViolationView(string Rule, string Code, string Message, string? Subject);
