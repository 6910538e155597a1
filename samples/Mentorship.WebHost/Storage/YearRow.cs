namespace Mentorship.WebHost.Storage;

/// <summary>A row of an aggregate of which an organisation has one per year (the banks, the roadmap, …).</summary>
public abstract class YearRow : AggregateRow
{
    /// <summary>The organisation's identifier.</summary>
    public string OrganizationId { get; set; } = string.Empty;

    /// <summary>The year.</summary>
    public int Year { get; set; }
}
