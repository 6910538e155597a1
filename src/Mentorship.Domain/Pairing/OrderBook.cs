using System.Collections.Generic;
using System.Linq;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// The orders a register issued, oldest first, and the checks every new one passes (<see cref="OrderRule"/>: a number
/// not yet taken in the register, its units named once). The register's one path for issuing an order goes through it.
/// </summary>
internal sealed class OrderBook
{
    private readonly List<AdministrativeOrder> _orders = [];

    /// <summary>The orders, oldest first.</summary>
    public IReadOnlyList<AdministrativeOrder> All => _orders;

    /// <summary>An order by number (trimmed), or <see langword="null"/>.</summary>
    public AdministrativeOrder? Find(string number) => _orders.FirstOrDefault(o => o.Number == number?.Trim());

    /// <summary>What a new order breaks: its number taken, no units, a unit named twice.</summary>
    public IReadOnlyList<RuleViolation> Check(OrderReference order, IReadOnlyList<MentoringUnitId> units) =>
        OrderRule.Check(order, Find(order.Number) is not null, units);

    /// <summary>Records an order already checked.</summary>
    public AdministrativeOrder Add(OrderReference order, OrderKind kind, IEnumerable<MentoringUnitId> units)
    {
        var issued = new AdministrativeOrder(order, kind, units);
        _orders.Add(issued);
        return issued;
    }
}
