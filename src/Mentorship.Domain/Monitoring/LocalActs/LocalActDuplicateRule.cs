using System;
using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Monitoring.LocalActs;

/// <summary>An act (kind, number and date) is registered once.</summary>
public static class LocalActDuplicateRule
{
    /// <summary>Code: the act is already registered.</summary>
    public const string Duplicate = "local-act.duplicate";

    /// <summary>Whether a draft names an act already registered.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="act">A registered act.</param>
    /// <returns><see langword="true"/> for the same kind, number (trimmed, ordinal; both absent counts as the same) and date.</returns>
    public static bool Same(LocalActDraft draft, LocalAct act) =>
        Guard.Against.Null(draft).Kind == Guard.Against.Null(act).Kind
        && draft.Date == act.Date
        && string.Equals(Normalize(draft.Number), act.Number, StringComparison.Ordinal);

    /// <summary>Checks a draft against the acts registered.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="existing">The acts in the register.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(LocalActDraft draft, IEnumerable<LocalAct> existing)
    {
        Guard.Against.Null(draft);
        foreach (var act in Guard.Against.Null(existing))
        {
            if (Same(draft, act))
            {
                return RuleViolation.Create(
                    nameof(LocalActDuplicateRule),
                    Duplicate,
                    act.Number,
                    ViolationArgument.Identifier("act", act.Id.ToString(CultureInfo.InvariantCulture)),
                    ViolationArgument.Date("date", act.Date));
            }
        }

        return null;
    }

    internal static string? Normalize(string? number) => string.IsNullOrWhiteSpace(number) ? null : number!.Trim();
}
