namespace Mentorship.WebHost.Contracts;

/// <summary>
/// What a withdrawal of consent did in the year: the units ended early by the order (after the notice), cancelled, or
/// left as a mentee of a group that goes on; the mentees now without a pair; the register's version; the order and its
/// text. The person's identifier is not returned: the register now holds a pseudonym in its place.
/// </summary>
public sealed record ConsentWithdrawalView(
    int Version,
    IReadOnlyList<string> EndedUnits,
    IReadOnlyList<string> CancelledUnits,
    IReadOnlyList<string> GroupsLeft,
    IReadOnlyList<string> MenteesWithoutPair,
    OrderView? Order,
    string? OrderText);
