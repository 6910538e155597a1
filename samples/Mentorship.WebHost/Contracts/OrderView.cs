using Mentorship.Domain.Pairing;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>An administrative order of the year: number, date, kind, the units it concerns.</summary>
public sealed record OrderView(string Number, LocalDate Date, OrderKind Kind, IReadOnlyList<string> Units)
{
    internal static OrderView Of(AdministrativeOrder o) => new(o.Number, o.Date, o.Kind, o.Units.Select(u => u.Value).ToArray());
}
