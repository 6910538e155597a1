using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>
/// What indicators are computed for: one organisation, or a municipality that sums its organisations. Immutable.
/// </summary>
public sealed class MonitoringScope
{
    private readonly OrganizationId[] _organizations;

    private MonitoringScope(string? municipality, OrganizationId[] organizations)
    {
        Municipality = municipality;
        _organizations = organizations;
    }

    /// <summary>The municipality's name, or <see langword="null"/> for a single organisation.</summary>
    public string? Municipality { get; }

    /// <summary>Whether the scope is a municipality.</summary>
    public bool IsMunicipality => Municipality is not null;

    /// <summary>The organisations, sorted by identifier (ordinal); one for an organisation scope.</summary>
    public IReadOnlyList<OrganizationId> Organizations => _organizations;

    /// <summary>One organisation.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="System.ArgumentException">The identifier is the default value.</exception>
    public static MonitoringScope ForOrganization(OrganizationId organizationId)
    {
        Guard.Against.Default(organizationId);
        return new MonitoringScope(null, [organizationId]);
    }

    /// <summary>A municipality summing its organisations.</summary>
    /// <param name="name">The municipality's name.</param>
    /// <param name="organizations">Its organisations; repeats are ignored; may be empty.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="System.ArgumentException">The name is blank or an identifier the default value.</exception>
    public static MonitoringScope ForMunicipality(string name, IEnumerable<OrganizationId> organizations)
    {
        Guard.Against.NullOrWhiteSpace(name);
        var ids = Guard.Against.Null(organizations).Distinct().OrderBy(o => o).ToArray();
        foreach (var id in ids)
        {
            Guard.Against.Default(id, nameof(organizations));
        }

        return new MonitoringScope(name.Trim(), ids);
    }

    /// <inheritdoc />
    public override string ToString() => IsMunicipality ? $"Municipality ({_organizations.Length} organisations)" : $"Organization {_organizations[0]}";
}
