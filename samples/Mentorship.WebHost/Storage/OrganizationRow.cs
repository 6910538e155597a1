namespace Mentorship.WebHost.Storage;

/// <summary>A stored organisation (<see cref="OrganizationSnapshot"/> as JSON).</summary>
public sealed class OrganizationRow : AggregateRow
{
    /// <summary>The organisation's identifier.</summary>
    public string Id { get; set; } = string.Empty;
}
