using Mentorship.WebHost.Security;

namespace Mentorship.WebHost.Contracts;

/// <summary>A new account: its user name and first password, its role, organisation and (for participants) educator.</summary>
/// <param name="UserName">Lower-case Latin letters, digits, '-', '.', '_'.</param>
/// <param name="Password">At least 12 characters.</param>
/// <param name="Role">One role.</param>
/// <param name="OrganizationId">The organisation (none for the municipal administrator).</param>
/// <param name="EducatorId">The educator's identifier in the banks (mentors and mentees only).</param>
public sealed record AccountInput(string? UserName, string? Password, Role? Role, string? OrganizationId, string? EducatorId);
