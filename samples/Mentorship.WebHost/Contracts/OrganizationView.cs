using Mentorship.Domain.People;

namespace Mentorship.WebHost.Contracts;

/// <summary>An organisation and the years it has banks for.</summary>
public sealed record OrganizationView(string Id, string ShortName, string FullName, OrganizationKind Kind, string? Municipality, IReadOnlyList<int> Years)
{
    internal static OrganizationView Of(Organization o, IReadOnlyList<int> years) => new(o.Id.Value, o.ShortName, o.FullName, o.Kind, o.Municipality, years);
}
