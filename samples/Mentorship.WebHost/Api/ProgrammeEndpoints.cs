using Mentorship.Domain.Documents;
using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;

namespace Mentorship.WebHost.Api;

/// <summary>The personalized programmes of the year's pairs and groups.</summary>
internal static class ProgrammeEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(YearRoute.Prefix + "/programmes").WithTags("Programmes");

        group.MapGet("/", (string organizationId, int year, ProgrammeService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) => (await s.ListAsync(key, ct)).ToHttp(c)))
            .WithName("ListProgrammes").WithSummary("The year's personalized programmes with their plans and done marks.").Produces<IReadOnlyList<ProgrammeView>>();

        group.MapPut("/{unitId}", (string organizationId, int year, string unitId, ProgrammeInput input, ProgrammeService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) =>
                    (await s.DraftAsync(key, unitId, input, version, ct)).ToHttp(c, p => YearRoute.Location(key, $"programmes/{Uri.EscapeDataString(p.Unit)}/text"))))
            .WithName("DraftProgramme").WithSummary("Drafts the personalized programme of a pair or group; the plan is the core's standard meeting sequence on working days.")
            .Produces<ProgrammeView>(201).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        group.MapPost("/{unitId}/approval", (string organizationId, int year, string unitId, DateInput? input, ProgrammeService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) => (await s.ApproveAsync(key, unitId, input ?? new DateInput(null), version, ct)).ToHttp(c)))
            .WithName("ApproveProgramme").Produces<ProgrammeView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        group.MapPost("/{unitId}/plan/{number:int}/done", (string organizationId, int year, string unitId, int number, PlanItemDoneInput? input, ProgrammeService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) =>
                    (await s.MarkDoneAsync(key, unitId, number, input ?? new PlanItemDoneInput(null, null), version, ct)).ToHttp(c)))
            .WithName("MarkPlanItemDone")
            .WithSummary("Puts the done mark (date, note) on a plan item of an approved programme, numbered from 1.")
            .Produces<ProgrammeView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        group.MapDelete("/{unitId}/plan/{number:int}/done", (string organizationId, int year, string unitId, int number, string? on, ProgrammeService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) =>
                {
                    var errors = new InputErrors();
                    var date = MonitoringEndpoints.Date(on, "on", errors);
                    return errors.Any ? HttpResults.Invalid(errors) : (await s.RemoveDoneMarkAsync(key, unitId, number, date, version, ct)).ToHttp(c);
                }))
            .WithName("RemovePlanItemDoneMark")
            .WithSummary("Removes a done mark put by mistake (the correction's date in ?on=, today by default); the item is due again for K4.")
            .Produces<ProgrammeView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        group.MapGet("/{unitId}/text", (string organizationId, int year, string unitId, ReportTextFormat? format, ProgrammeService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) => (await s.TextAsync(key, unitId, ct)).ToText(format)))
            .WithName("GetProgrammeText").WithSummary("The programme as Russian text: Markdown (default) or plain text, with blank lines for the signatures.")
            .Produces<string>(contentType: "text/markdown").ProducesProblem(404);
    }
}
