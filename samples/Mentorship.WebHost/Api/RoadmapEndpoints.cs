using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using NodaTime;
using NodaTime.Text;

namespace Mentorship.WebHost.Api;

/// <summary>The year's roadmap: the table, the schedule with statuses, the agenda, K12, work recorded done.</summary>
internal static class RoadmapEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(YearRoute.Prefix + "/roadmap").WithTags("Roadmap");

        group.MapGet("/", (string organizationId, int year, string? asOf, RoadmapService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) =>
                    ParseDate(asOf, "asOf") is { } failure ? failure.ToHttp() : (await s.GetAsync(key, Date(asOf), ct)).ToHttp(c)))
            .WithName("GetRoadmap").WithSummary("The year's roadmap scheduled on the production calendar, each work item with its status on asOf (default today), and K12.")
            .Produces<RoadmapView>().ProducesValidationProblem().ProducesProblem(404);

        group.MapPut("/", (string organizationId, int year, RoadmapInput input, RoadmapService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) =>
                    (await s.ImportAsync(key, input, version, ct)).ToHttp(c, _ => YearRoute.Location(key, "roadmap"))))
            .WithName("ImportRoadmap").WithSummary("Imports the roadmap table (all or nothing; errors by line). Replacing it keeps the work recorded done.")
            .Produces<RoadmapView>().Produces<RoadmapView>(201).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);

        group.MapGet("/agenda", (string organizationId, int year, string? from, int? days, RoadmapService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) =>
                    ParseDate(from, "from") is { } failure ? failure.ToHttp() : (await s.AgendaAsync(key, Date(from), days, ct)).ToHttp(c)))
            .WithName("GetAgenda").WithSummary("The open work of the coming days (default 30 from today), overdue first.")
            .Produces<AgendaView>().ProducesValidationProblem().ProducesProblem(404);

        group.MapPost("/completions", (string organizationId, int year, CompletionInput input, RoadmapService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) => (await s.RecordDoneAsync(key, input, version, ct)).ToHttp(c)))
            .WithName("RecordWorkDone").WithSummary("Records a work item of the year's schedule done on a date (default today).")
            .Produces<RoadmapView>().ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
    }

    private static LocalDate? Date(string? text) => string.IsNullOrWhiteSpace(text) ? null : LocalDatePattern.Iso.Parse(text).Value;

    private static HostFailure? ParseDate(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text) || LocalDatePattern.Iso.Parse(text).Success)
        {
            return null;
        }

        var errors = new InputErrors();
        errors.Add(field, "Дата пишется как гггг-мм-дд и должна существовать.");
        return HostFailure.Invalid(errors);
    }
}
