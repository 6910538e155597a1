using Mentorship.Domain.People;
using Mentorship.WebHost.Application;

namespace Mentorship.WebHost.Contracts;

/// <summary>An organisation the host serves.</summary>
public sealed record OrganizationInput(string? Id, string? ShortName, string? FullName, OrganizationKind? Kind, string? Municipality)
{
    internal Organization? ToOrganization(InputErrors errors)
    {
        var idText = errors.Required(Id, "id");
        var id = idText is null ? null : errors.TryValue("id", () => OrganizationId.From(idText));
        var shortName = errors.Required(ShortName, "shortName");
        var fullName = errors.Required(FullName, "fullName");
        var kind = errors.Required(Kind, "kind");
        return id is null || shortName is null || fullName is null || kind is null
            ? null
            : errors.Try("id", () => new Organization(id.Value, shortName, fullName, kind.Value, Municipality));
    }
}
