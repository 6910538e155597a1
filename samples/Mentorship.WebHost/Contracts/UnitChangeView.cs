namespace Mentorship.WebHost.Contracts;

/// <summary>
/// A pair or group after a change of its life (completion, early termination, replacement of the mentor): the unit,
/// the register's version, and the order issued with it, if any, with its Russian text (Markdown, blank signature lines).
/// </summary>
public sealed record UnitChangeView(UnitView Unit, int Version, OrderView? Order, string? OrderText);
