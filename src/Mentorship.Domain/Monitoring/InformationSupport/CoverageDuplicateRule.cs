using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Monitoring.InformationSupport;

/// <summary>The same publication (item, channel and reference) is recorded once.</summary>
public static class CoverageDuplicateRule
{
    /// <summary>Code: the same publication is already recorded.</summary>
    public const string Duplicate = "coverage.duplicate";

    /// <summary>Whether two records describe the same publication.</summary>
    /// <param name="a">A record.</param>
    /// <param name="b">Another record.</param>
    /// <returns><see langword="true"/> for the same item, channel and reference (ordinal).</returns>
    public static bool Same(CoverageRecord a, CoverageRecord b) =>
        string.Equals(Guard.Against.Null(a).RoadmapItemId, Guard.Against.Null(b).RoadmapItemId, StringComparison.Ordinal)
        && a.Channel == b.Channel
        && string.Equals(a.Reference, b.Reference, StringComparison.Ordinal);

    /// <summary>Checks a new record against those recorded.</summary>
    /// <param name="record">The new record.</param>
    /// <param name="existing">The records already in the log.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(CoverageRecord record, IEnumerable<CoverageRecord> existing)
    {
        Guard.Against.Null(record);
        foreach (var r in Guard.Against.Null(existing))
        {
            if (Same(r, record))
            {
                return RuleViolation.Create(nameof(CoverageDuplicateRule), Duplicate, record.RoadmapItemId);
            }
        }

        return null;
    }
}
