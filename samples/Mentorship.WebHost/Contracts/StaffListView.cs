using Mentorship.WebHost.Storage;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>An organisation's staff list for a year, with its version.</summary>
public sealed record StaffListView(string OrganizationId, int Year, int Version, IReadOnlyList<StaffMemberView> Members)
{
    internal static StaffListView Of(YearKey key, StaffList list, int version, LocalDate today) =>
        new(key.OrganizationId.Value, key.Year, version, list.Members.Select(m => StaffMemberView.Of(m, today)).ToArray());
}
