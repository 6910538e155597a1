using System.Security.Claims;
using Mentorship.WebHost.Application;
using Microsoft.AspNetCore.Authorization;

namespace Mentorship.WebHost.Security;

/// <summary>
/// Resource-based check of <see cref="OperationRequirement"/>: one of the endpoint's grants must name a role of the
/// account, and the route must be inside the grant's scope (the account's organisation, its own entry or unit).
/// </summary>
public sealed class OperationAuthorization : AuthorizationHandler<OperationRequirement>
{
    /// <inheritdoc/>
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Resource is not HttpContext http || http.GetEndpoint()?.Metadata.GetMetadata<Access>() is not { } access)
        {
            return;
        }

        if (access.IsAnonymous)
        {
            context.Succeed(requirement);
            return;
        }

        var roles = AccountClaims.RolesOf(context.User);
        var reading = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        foreach (var grant in access.Grants)
        {
            if ((grant.Roles & roles) != Role.None && (reading || !grant.ReadsOnly) && await InScopeAsync(grant.Scope, context.User, http))
            {
                context.Succeed(requirement);
                return;
            }
        }
    }

    private static async Task<bool> InScopeAsync(Scope scope, ClaimsPrincipal user, HttpContext http)
    {
        if (scope == Scope.Everywhere)
        {
            return true;
        }

        if (http.GetRouteValue("organizationId") is not string organization || !string.Equals(organization, AccountClaims.OrganizationOf(user), StringComparison.Ordinal))
        {
            return false;
        }

        var educator = AccountClaims.EducatorOf(user);
        return scope switch
        {
            Scope.OwnOrganization => true,
            Scope.OwnEntry => educator is not null && string.Equals(http.GetRouteValue("id") as string, educator, StringComparison.Ordinal),
            Scope.OwnUnit => educator is not null && await MemberAsync(http, organization, educator),
            _ => false,
        };
    }

    // Whether the educator is the mentor or a mentee of the unit in the route (read fresh: units change).
    private static async Task<bool> MemberAsync(HttpContext http, string organization, string educator)
    {
        if (http.GetRouteValue("unitId") is not string unitId || !int.TryParse(http.GetRouteValue("year") as string, out var year))
        {
            return false;
        }

        var key = YearKeys.Parse(organization, year, new InputErrors());
        if (key is null)
        {
            return false;
        }

        var pairing = http.RequestServices.GetRequiredService<PairingService>();
        var unit = (await pairing.GetUnitAsync(key.Value, unitId, http.RequestAborted)).Value;
        return unit is not null && (unit.Mentor == educator || unit.Mentees.Contains(educator));
    }
}
