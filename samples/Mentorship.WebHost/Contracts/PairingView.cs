using Mentorship.Domain.Pairing;

namespace Mentorship.WebHost.Contracts;

/// <summary>The year's pairs and groups and its orders, with the register's version.</summary>
public sealed record PairingView(string OrganizationId, int Year, int Version, IReadOnlyList<UnitView> Units, IReadOnlyList<OrderView> Orders)
{
    internal static PairingView Of(PairingRegister r, int version) => new(
        r.OrganizationId.Value,
        r.Year,
        version,
        r.Units.OrderBy(u => u.Id).Select(UnitView.Of).ToArray(),
        r.Orders.Select(OrderView.Of).ToArray());
}
