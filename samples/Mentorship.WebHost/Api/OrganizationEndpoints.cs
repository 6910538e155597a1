using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Security;

namespace Mentorship.WebHost.Api;

/// <summary><c>/api/organizations</c>: the organisations the host serves.</summary>
internal static class OrganizationEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organizations").WithTags("Organisations");

        group.MapGet("/", async (OrganizationService service, HttpContext context, CancellationToken ct) =>
            {
                // The municipal administrator sees every organisation; anyone else their own.
                var all = await service.ListAsync(ct);
                var own = AccountClaims.OrganizationOf(context.User);
                return Results.Ok(AccountClaims.RolesOf(context.User).HasFlag(Role.Municipal) ? all : [.. all.Where(o => o.Id == own)]);
            })
            .WithName("ListOrganizations")
            .WithSummary("The organisations and the years they have banks for (the municipal administrator sees all, others their own).")
            .Produces<IReadOnlyList<OrganizationView>>();

        group.MapGet("/{organizationId}", async (string organizationId, OrganizationService service, HttpContext context, CancellationToken ct) =>
                (await service.GetAsync(organizationId, ct)).ToHttp(context))
            .WithName("GetOrganization")
            .Produces<OrganizationView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async (OrganizationInput input, OrganizationService service, HttpContext context, CancellationToken ct) =>
                (await service.CreateAsync(input, ct)).ToHttp(context, o => $"/api/organizations/{Uri.EscapeDataString(o.Id)}"))
            .WithName("CreateOrganization")
            .Produces<OrganizationView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
