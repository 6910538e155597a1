using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;

namespace Mentorship.WebHost.Api;

/// <summary>The organisation's staff list for a year (what monitoring needs for K1, K8, K10, K11).</summary>
internal static class StaffEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(YearRoute.Prefix + "/staff").WithTags("Staff");

        group.MapGet("/", (string organizationId, int year, StaffService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) => (await s.GetAsync(key, ct)).ToHttp(c)))
            .WithName("GetStaffList").WithSummary("The educators employed: post, employment, young-teacher status, achievements.")
            .Produces<StaffListView>();

        group.MapPut("/{educatorId}", (string organizationId, int year, string educatorId, StaffMemberInput input, StaffService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) =>
                    (await s.PutAsync(key, educatorId, input, version, ct)).ToHttp(c, _ => YearRoute.Location(key, "staff"))))
            .WithName("PutStaffMember")
            .WithSummary("Adds an educator to the staff list or replaces the entry; the birth date only yields the young-teacher status and is not stored.")
            .Produces<StaffListView>().Produces<StaffListView>(201).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        group.MapDelete("/{educatorId}", (string organizationId, int year, string educatorId, StaffService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) => (await s.RemoveAsync(key, educatorId, version, ct)).ToHttp(c)))
            .WithName("RemoveStaffMember").WithSummary("Takes an entry made in error off the staff list (someone who left keeps the entry, with the last day).")
            .Produces<StaffListView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
    }
}
