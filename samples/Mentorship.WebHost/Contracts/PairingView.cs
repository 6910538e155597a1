using Mentorship.Domain.Pairing;

namespace Mentorship.WebHost.Contracts;

/// <summary>The year's pairs and groups, its orders and the mentors from other organisations, with the register's version.</summary>
public sealed record PairingView(
    string OrganizationId, int Year, int Version, IReadOnlyList<UnitView> Units, IReadOnlyList<OrderView> Orders, IReadOnlyList<ExternalMentorView>? ExternalMentors = null)
{
    internal static PairingView Of(PairingRegister r, int version) => new(
        r.OrganizationId.Value,
        r.Year,
        version,
        r.Units.OrderBy(u => u.Id).Select(UnitView.Of).ToArray(),
        r.Orders.Select(OrderView.Of).ToArray(),
        r.ExternalMentors.OrderBy(m => m.Key.Value, StringComparer.Ordinal).Select(m => new ExternalMentorView(m.Key.Value, m.Value.Value, r.CapacityOf(m.Key))).ToArray());
}
