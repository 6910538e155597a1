namespace Mentorship.WebHost.Storage;

/// <summary>
/// An organisation's staff list for a year (the educators employed, as on the year's tariff list), which monitoring
/// reads for K1, K8, K10 and K11. Kept per year like every other aggregate of the host, in one row.
/// </summary>
public sealed class StaffList
{
    private readonly SortedDictionary<string, StaffRecord> _members = new(StringComparer.Ordinal);

    public StaffList(IEnumerable<StaffRecord>? members = null)
    {
        foreach (var member in members ?? [])
        {
            _members.Add(member.Id, member);
        }
    }

    public IReadOnlyCollection<StaffRecord> Members => _members.Values;

    public StaffRecord? Find(string id) => _members.GetValueOrDefault(id);

    /// <summary>Adds or replaces a member; true when the member is new.</summary>
    public bool Put(StaffRecord member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var added = !_members.ContainsKey(member.Id);
        _members[member.Id] = member;
        return added;
    }

    public bool Remove(string id) => _members.Remove(id);

    /// <summary>
    /// A person who withdrew consent: their entry stays under the pseudonym the register gave them (so K10 and the
    /// other counts stay), or goes when there is none; true when the list changed.
    /// </summary>
    public bool Erase(string id, string? pseudonym)
    {
        if (!_members.Remove(id, out var member))
        {
            return false;
        }

        if (pseudonym is not null)
        {
            _members[pseudonym] = member with { Id = pseudonym };
        }

        return true;
    }
}
