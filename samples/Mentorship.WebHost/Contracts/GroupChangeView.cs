namespace Mentorship.WebHost.Contracts;

/// <summary>
/// Groups after a change of composition: the groups the order names (one, or both for a move), the register's
/// version, the order, and its Russian text (Markdown, blank signature lines).
/// </summary>
public sealed record GroupChangeView(IReadOnlyList<UnitView> Units, int Version, OrderView Order, string? OrderText);
