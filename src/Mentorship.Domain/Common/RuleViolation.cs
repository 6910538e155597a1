namespace Mentorship.Domain.Common;

/// <summary>
/// A broken business rule: which rule, a stable machine-readable code, and a message for people.
/// </summary>
/// <remarks>The message never contains personal data: subjects are named by identifier only.</remarks>
/// <param name="Rule">The name of the rule class that was broken, e.g. <c>RequestListRule</c>.</param>
/// <param name="Code">A stable code a caller can branch on, e.g. <c>request-list.repeated-topic</c>.</param>
/// <param name="Message">What is wrong and where, in plain English.</param>
/// <param name="Subject">The identifier of the thing the rule was checked for, if any.</param>
public sealed record RuleViolation(string Rule, string Code, string Message, string? Subject = null)
{
    /// <inheritdoc />
    public override string ToString() => Subject is null ? $"{Code}: {Message}" : $"{Code} ({Subject}): {Message}";
}
