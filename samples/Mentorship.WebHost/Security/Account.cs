using Microsoft.AspNetCore.Identity;

namespace Mentorship.WebHost.Security;

/// <summary>
/// A login of the host: an ASP.NET Core Identity user bound to an organisation (not the municipal administrator)
/// and, for a mentor or a mentee, to the educator's identifier in that organisation's banks.
/// </summary>
public sealed class Account : IdentityUser
{
    /// <summary>The organisation whose data the account works with; <see langword="null"/> for the municipal administrator.</summary>
    public string? OrganizationId { get; set; }

    /// <summary>The educator the account belongs to (mentors and mentees); <see langword="null"/> for staff accounts.</summary>
    public string? EducatorId { get; set; }
}
