using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Mentorship.WebHost.Security;

/// <summary>
/// Puts the account's organisation and educator into its login cookie, next to the user name and the roles, so that
/// authorisation needs no database read for the organisation check.
/// </summary>
public sealed class AccountClaims(UserManager<Account> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Account, IdentityRole>(users, roles, options)
{
    /// <summary>The claim with the account's organisation identifier.</summary>
    public const string Organization = "mentorship:organization";

    /// <summary>The claim with the account's educator identifier.</summary>
    public const string Educator = "mentorship:educator";

    /// <summary>The roles of a signed-in user.</summary>
    public static Role RolesOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var result = Role.None;
        foreach (var role in Enum.GetValues<Role>())
        {
            if (role != Role.None && user.IsInRole(role.ToString()))
            {
                result |= role;
            }
        }

        return result;
    }

    /// <summary>The organisation of a signed-in user, if bound to one.</summary>
    public static string? OrganizationOf(ClaimsPrincipal user) => user?.FindFirst(Organization)?.Value;

    /// <summary>The educator of a signed-in user, if a participant.</summary>
    public static string? EducatorOf(ClaimsPrincipal user) => user?.FindFirst(Educator)?.Value;

    /// <inheritdoc/>
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        if (user.OrganizationId is { } organization)
        {
            identity.AddClaim(new Claim(Organization, organization));
        }

        if (user.EducatorId is { } educator)
        {
            identity.AddClaim(new Claim(Educator, educator));
        }

        return identity;
    }
}
