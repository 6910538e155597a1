using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Monitoring.InformationSupport;

/// <summary>An information-support log records coverage of its own organisation's roadmap items only.</summary>
public static class CoverageOrganizationRule
{
    /// <summary>Code: the item belongs to another organisation's roadmap.</summary>
    public const string OtherOrganization = "coverage.other-organization";

    /// <summary>Checks the item's organisation.</summary>
    /// <param name="item">The roadmap item.</param>
    /// <param name="organizationId">The log's organisation.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(RoadmapItemFact item, OrganizationId organizationId)
    {
        Guard.Against.Null(item);
        return item.OrganizationId == organizationId
            ? null
            : RuleViolation.Create(
                nameof(CoverageOrganizationRule), OtherOrganization, item.Id, ViolationArgument.Identifier("owner", item.OrganizationId.ToString()), ViolationArgument.Identifier("organization", organizationId.ToString()));
    }
}
