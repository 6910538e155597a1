using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Monitoring.LocalActs;

/// <summary>An order (creating the system, fixing pairs and groups, naming the coordinator) is registered with its number.</summary>
public static class LocalActNumberRule
{
    /// <summary>Code: an order without a number.</summary>
    public const string Required = "local-act.number-required";

    /// <summary>Whether acts of a kind are orders, which always have a number.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><see langword="true"/> for <see cref="LocalActKind.SystemOrder"/>, <see cref="LocalActKind.FixingOrder"/> and <see cref="LocalActKind.CoordinatorOrder"/>.</returns>
    public static bool IsOrder(LocalActKind kind) => kind is LocalActKind.SystemOrder or LocalActKind.FixingOrder or LocalActKind.CoordinatorOrder;

    /// <summary>Checks the number.</summary>
    /// <param name="draft">The act.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(LocalActDraft draft)
    {
        Guard.Against.Null(draft);
        return IsOrder(draft.Kind) && string.IsNullOrWhiteSpace(draft.Number)
            ? RuleViolation.Create(nameof(LocalActNumberRule), Required, null, ViolationArgument.Term("kind", draft.Kind))
            : null;
    }
}
