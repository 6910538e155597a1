using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Pairing;

/// <summary>A command applies to a unit that exists and is in a status the command allows.</summary>
public static class UnitStatusRule
{
    /// <summary>Code: no unit with that identifier.</summary>
    public const string UnknownUnit = "unit-status.unknown-unit";

    /// <summary>Code: consents are recorded only before the order (proposed, or consents in place).</summary>
    public const string NotCollectingConsents = "unit-status.not-collecting-consents";

    /// <summary>Code: the order fixes only units with their consents in place that are not fixed yet.</summary>
    public const string NotAwaitingOrder = "unit-status.not-awaiting-order";

    /// <summary>Code: only a fixed unit starts.</summary>
    public const string NotFixed = "unit-status.not-fixed";

    /// <summary>Code: only an active unit completes.</summary>
    public const string NotActive = "unit-status.not-active";

    /// <summary>Code: only a fixed or active unit ends early or changes its mentor.</summary>
    public const string NotRunning = "unit-status.not-running";

    /// <summary>Code: only a unit not yet fixed is cancelled.</summary>
    public const string NotCancellable = "unit-status.not-cancellable";

    /// <summary>The violation for an unknown unit.</summary>
    /// <param name="id">The identifier asked for.</param>
    /// <returns>The violation.</returns>
    public static RuleViolation Unknown(MentoringUnitId id) =>
        RuleViolation.Create(nameof(UnitStatusRule), UnknownUnit, id.Value, ViolationArgument.Identifier("unit", id.Value));

    /// <summary>Checks a unit's status against those a command allows.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="code">The code to report.</param>
    /// <param name="allowed">The statuses the command allows.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(MentoringUnit unit, string code, params MentoringUnitStatus[] allowed)
    {
        Guard.Against.Null(unit);
        return allowed.Contains(unit.Status)
            ? null
            : RuleViolation.Create(
                nameof(UnitStatusRule), code, unit.Id.Value, ViolationArgument.Identifier("unit", unit.Id.Value), ViolationArgument.Term("status", unit.Status));
    }
}
