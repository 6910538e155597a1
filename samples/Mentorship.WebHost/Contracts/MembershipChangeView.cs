using Mentorship.Domain.Pairing;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>
/// A change of a group's composition: the mentee, the day (first day for a joining, last day for a leaving), the order,
/// and for a leaving its grounds.
/// </summary>
public sealed record MembershipChangeView(string Mentee, LocalDate Day, string OrderNumber, MenteeLeavingGrounds? Grounds = null)
{
    internal static MembershipChangeView Of(MenteeJoining j) => new(j.Mentee.Value, j.FirstDay, j.Order.Number);

    internal static MembershipChangeView Of(MenteeLeaving l) => new(l.Mentee.Value, l.LastDay, l.Order.Number, l.Grounds);
}
