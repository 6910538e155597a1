using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>
/// A mentee of the mentee bank joining a fixed or running group by an order changing its composition: their first day
/// in the group, the day they signed their written consent (by the order's date), and the order (a new number).
/// </summary>
public sealed record MenteeJoinInput(string? Mentee, LocalDate? FirstDay, LocalDate? ConsentSignedOn, string? OrderNumber, LocalDate? OrderDate);
