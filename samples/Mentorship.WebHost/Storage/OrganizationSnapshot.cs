using Mentorship.Domain.People;

namespace Mentorship.WebHost.Storage;

/// <summary>
/// The stored form of an <see cref="Organization"/>. The core's organisation is a plain value with a public
/// constructor and no snapshot of its own, so the host maps it here.
/// </summary>
public sealed record OrganizationSnapshot(string Id, string ShortName, string FullName, OrganizationKind Kind, string? Municipality)
{
    public static OrganizationSnapshot Of(Organization organization) =>
        new(organization.Id.Value, organization.ShortName, organization.FullName, organization.Kind, organization.Municipality);

    public Organization ToOrganization() => new(OrganizationId.From(Id), ShortName, FullName, Kind, Municipality);
}
