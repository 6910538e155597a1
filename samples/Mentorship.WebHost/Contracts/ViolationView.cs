using Mentorship.Domain.Common;

namespace Mentorship.WebHost.Contracts;

/// <summary>
/// A broken rule of the core: the rule's name, its stable code, the Russian message (no personal data), the subject's
/// identifier and the arguments as data.
/// </summary>
public sealed record ViolationView(string Rule, string Code, string Message, string? Subject, IReadOnlyList<ViolationArgument> Arguments)
{
    internal static ViolationView Of(RuleViolation violation) =>
        new(violation.Rule, violation.Code, violation.Message, violation.Subject, violation.Arguments);
}
