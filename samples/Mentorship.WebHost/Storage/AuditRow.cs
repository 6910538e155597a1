using Mentorship.WebHost.Security;

namespace Mentorship.WebHost.Storage;

/// <summary>
/// One line of the audit log: who did what with whose data, when, through which operation. It names the person by
/// identifier only and never holds the data itself.
/// </summary>
public sealed class AuditRow
{
    public long Id { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTime At { get; set; }

    /// <summary>The account that did it.</summary>
    public string UserName { get; set; } = string.Empty;

    /// <summary>The organisation whose data it was.</summary>
    public string OrganizationId { get; set; } = string.Empty;

    /// <summary>The year of the data (0 when the route names none).</summary>
    public int Year { get; set; }

    /// <summary>What was done.</summary>
    public AuditAction Action { get; set; }

    /// <summary>The operation id or page.</summary>
    public string Operation { get; set; } = string.Empty;

    /// <summary>The person's identifier, or <c>*</c> for a list of people.</summary>
    public string Subject { get; set; } = string.Empty;
}
