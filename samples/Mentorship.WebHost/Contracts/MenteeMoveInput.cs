using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>
/// A mentee moving from one group into another by one order naming both: the group they join, their first day there
/// (their last day in the first group is the day before), the day they signed their consent to the new group, and the order.
/// </summary>
public sealed record MenteeMoveInput(string? Mentee, string? ToUnit, LocalDate? FirstDay, LocalDate? ConsentSignedOn, string? OrderNumber, LocalDate? OrderDate);
