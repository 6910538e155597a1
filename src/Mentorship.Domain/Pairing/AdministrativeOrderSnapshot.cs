using System.Collections.Generic;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>The stored form of an <see cref="AdministrativeOrder"/>.</summary>
/// <param name="Number">The number.</param>
/// <param name="Date">The date.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Units">The units' identifiers.</param>
public sealed record AdministrativeOrderSnapshot(string Number, LocalDate Date, OrderKind Kind, IReadOnlyList<string> Units);
