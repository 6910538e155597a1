using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>The stored form of a <see cref="MenteeLeaving"/>.</summary>
/// <param name="Mentee">The mentee's identifier.</param>
/// <param name="LastDay">The last day in the group.</param>
/// <param name="Grounds">Why.</param>
/// <param name="OrderNumber">The order's number.</param>
/// <param name="OrderDate">The order's date.</param>
public sealed record MenteeLeavingSnapshot(string Mentee, LocalDate LastDay, MenteeLeavingGrounds Grounds, string OrderNumber, LocalDate OrderDate);
