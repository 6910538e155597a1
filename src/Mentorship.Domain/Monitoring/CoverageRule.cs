using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Monitoring;

/// <summary>
/// A coverage record names a roadmap item of the log's organisation, is not dated before the item's window opens,
/// and is not recorded twice (same item, channel and reference).
/// </summary>
public static class CoverageRule
{
    /// <summary>Code: the item belongs to another organisation's roadmap.</summary>
    public const string OtherOrganization = "coverage.other-organization";

    /// <summary>Code: the publication precedes the item's window.</summary>
    public const string BeforeEvent = "coverage.before-event";

    /// <summary>Code: the same publication is already recorded.</summary>
    public const string Duplicate = "coverage.duplicate";

    /// <summary>Checks a record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="item">The roadmap item it names.</param>
    /// <param name="organizationId">The log's organisation.</param>
    /// <param name="existing">The records already in the log.</param>
    /// <returns>Every violation found; empty when the record is acceptable.</returns>
    public static IReadOnlyList<RuleViolation> Check(CoverageRecord record, RoadmapItemFact item, OrganizationId organizationId, IEnumerable<CoverageRecord> existing)
    {
        Guard.Against.Null(record);
        Guard.Against.Null(item);
        Guard.Against.Null(existing);
        var subject = item.Id;
        var violations = new List<RuleViolation>();
        if (item.OrganizationId != organizationId)
        {
            violations.Add(new RuleViolation(nameof(CoverageRule), OtherOrganization, $"The item belongs to {item.OrganizationId}, not {organizationId}.", subject));
        }

        if (record.On < item.Start)
        {
            violations.Add(new RuleViolation(nameof(CoverageRule), BeforeEvent, $"The publication on {record.On:uuuu-MM-dd} precedes the item's window.", subject));
        }

        foreach (var r in existing)
        {
            if (string.Equals(r.RoadmapItemId, record.RoadmapItemId, StringComparison.Ordinal) && r.Channel == record.Channel
                && string.Equals(r.Reference, record.Reference, StringComparison.Ordinal))
            {
                violations.Add(new RuleViolation(nameof(CoverageRule), Duplicate, "The same publication is already recorded.", subject));
                break;
            }
        }

        return violations;
    }
}
