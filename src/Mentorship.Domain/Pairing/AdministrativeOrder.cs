using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// An administrative order (приказ) the pairing register issued: its number and date, its kind and the pairs or
/// groups it concerns. The details (participants, grounds, dates) are read from the units; the Russian text is
/// rendered in <c>Mentorship.Domain.Documents</c>. Immutable.
/// </summary>
public sealed class AdministrativeOrder
{
    private readonly MentoringUnitId[] _units;

    internal AdministrativeOrder(OrderReference reference, OrderKind kind, IEnumerable<MentoringUnitId> units)
    {
        Reference = Guard.Against.Null(reference);
        Kind = Guard.Against.EnumOutOfRange(kind);
        _units = units.ToArray();
    }

    /// <summary>The number and date.</summary>
    public OrderReference Reference { get; }

    /// <summary>The number.</summary>
    public string Number => Reference.Number;

    /// <summary>The date.</summary>
    public LocalDate Date => Reference.Date;

    /// <summary>The kind.</summary>
    public OrderKind Kind { get; }

    /// <summary>The pairs and groups concerned, in the order given.</summary>
    public IReadOnlyList<MentoringUnitId> Units => _units;

    /// <inheritdoc />
    public override string ToString() => $"{Kind} order {Reference} ({_units.Length} units)";
}
