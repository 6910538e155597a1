using System.Collections.Generic;

namespace Mentorship.Domain.Common;

/// <summary>Small helpers for collecting violations.</summary>
internal static class ViolationListExtensions
{
    /// <summary>Adds the violation when there is one.</summary>
    public static void AddIfPresent(this List<RuleViolation> violations, RuleViolation? violation)
    {
        if (violation is not null)
        {
            violations.Add(violation);
        }
    }
}
