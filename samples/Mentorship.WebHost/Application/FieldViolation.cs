using Mentorship.Domain.Common;

namespace Mentorship.WebHost.Application;

/// <summary>
/// A broken business rule of the core (<see cref="RuleViolation"/>) with the input field it concerns: its code, the
/// Russian text, the subject's identifier and the arguments as data (a client rebuilds the violation with
/// <see cref="RuleViolation.FromSnapshot"/> to show it in another language).
/// </summary>
public sealed record FieldViolation(string Field, string Rule, string Code, string Message, string? Subject, IReadOnlyList<ViolationArgument> Arguments)
{
    public static FieldViolation Of(RuleViolation violation, string field)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return new(field, violation.Rule, violation.Code, violation.Message, violation.Subject, violation.Arguments);
    }
}
