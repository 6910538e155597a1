using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>An active unit completes no earlier than its last change (the start or the latest replacement).</summary>
public static class CompletionRule
{
    /// <summary>Code: the completion precedes the unit's last change.</summary>
    public const string BeforeLastChange = "completion.before-last-change";

    /// <summary>Checks a completion date.</summary>
    /// <param name="unit">The unit (active).</param>
    /// <param name="on">The completion date.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(MentoringUnit unit, LocalDate on)
    {
        Guard.Against.Null(unit);
        return unit.LastChangeOn is { } last && on < last
            ? RuleViolation.Create(nameof(CompletionRule), BeforeLastChange, unit.Id.Value, ViolationArgument.Date("on", on), ViolationArgument.Date("last", last))
            : null;
    }
}
