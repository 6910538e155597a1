using Mentorship.WebHost.Security;

namespace Mentorship.WebHost.Contracts;

/// <summary>An account as the API shows it (never its password or security data).</summary>
/// <param name="UserName">The user name.</param>
/// <param name="Roles">Its roles.</param>
/// <param name="OrganizationId">Its organisation, if any.</param>
/// <param name="EducatorId">Its educator, if a participant.</param>
public sealed record AccountView(string UserName, IReadOnlyList<Role> Roles, string? OrganizationId, string? EducatorId);
