using Mentorship.Domain.Documents;
using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using NodaTime.Text;

namespace Mentorship.WebHost.Api;

/// <summary>Internal monitoring: the indicators K1–K14 of an organisation's year.</summary>
internal static class MonitoringEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(YearRoute.Prefix + "/indicators", (string organizationId, int year, string? from, string? to, MonitoringService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) =>
                {
                    var errors = new InputErrors();
                    var start = Date(from, "from", errors);
                    var end = Date(to, "to", errors);
                    return errors.Any ? HttpResults.Invalid(errors) : (await s.IndicatorsAsync(key, start, end, ct)).ToHttp(c);
                }))
            .WithTags("Monitoring").WithName("GetIndicators")
            .WithSummary("Indicators K1–K14 over a period (default 1 January to today), from the banks, the programmes and the roadmap.")
            .Produces<IndicatorsView>().ProducesValidationProblem().ProducesProblem(404);
    }

    /// <summary>Maps the questionnaires: the forms, and the responses of a year.</summary>
    public static void MapQuestionnaires(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/questionnaires/instruments", () => Results.Ok(MonitoringService.Instruments()))
            .WithTags("Monitoring").WithName("ListQuestionnaireForms").WithSummary("The questionnaire forms: 1–10 scales (1 lowest), yes/no and open items.")
            .Produces<IReadOnlyList<InstrumentView>>();

        app.MapGet(YearRoute.Prefix + "/questionnaires/responses", (string organizationId, int year, MonitoringService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) => (await s.ResponsesAsync(key, ct)).ToHttp(c)))
            .WithTags("Monitoring").WithName("ListQuestionnaireResponses").Produces<IReadOnlyList<Storage.ResponseRecord>>();

        app.MapPost(YearRoute.Prefix + "/questionnaires/responses", (string organizationId, int year, ResponseInput input, MonitoringService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, version) =>
                    (await s.AddResponseAsync(key, input, version, ct)).ToHttp(c, _ => YearRoute.Location(key, "questionnaires/responses"))))
            .WithTags("Monitoring").WithName("RecordQuestionnaireResponse")
            .WithSummary("Records a filled-in questionnaire for a pair's or group's programme that has started; every wrong answer is named.")
            .Produces<Storage.ResponseRecord>(201).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
    }

    /// <summary>Maps the two reports: the organisation's monitoring report and the municipality's analytical report.</summary>
    public static void MapReports(IEndpointRouteBuilder app)
    {
        app.MapGet(YearRoute.Prefix + "/reports/monitoring", (string organizationId, int year, string? from, string? to, ReportTextFormat? format, MonitoringService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) =>
                {
                    var errors = new InputErrors();
                    var start = Date(from, "from", errors);
                    var end = Date(to, "to", errors);
                    return errors.Any ? HttpResults.Invalid(errors) : (await s.MonitoringReportAsync(key, start, end, ct)).ToText(format);
                }))
            .WithTags("Monitoring").WithName("GetMonitoringReport")
            .WithSummary("The monitoring report (справка) of the organisation's year as Russian text: Markdown (default) or plain text.")
            .Produces<string>(contentType: "text/markdown").ProducesValidationProblem().ProducesProblem(404);

        app.MapGet("/api/municipalities/{municipality}/years/{year:int}/reports/analytical", (string municipality, int year, string? from, string? to, ReportTextFormat? format, MonitoringService s, CancellationToken ct) =>
            {
                var errors = new InputErrors();
                var start = Date(from, "from", errors);
                var end = Date(to, "to", errors);
                YearKeys.CheckYear(year, errors);

                return errors.Any ? Task.FromResult(HttpResults.Invalid(errors)) : AnalyticalAsync();

                async Task<IResult> AnalyticalAsync() => (await s.AnalyticalReportAsync(municipality, year, start, end, ct)).ToText(format);
            })
            .WithTags("Monitoring").WithName("GetAnalyticalReport")
            .WithSummary("The municipal analytical report over the organisations of a municipality as Russian text: Markdown (default) or plain text.")
            .Produces<string>(contentType: "text/markdown").ProducesValidationProblem().ProducesProblem(404);
    }

    internal static NodaTime.LocalDate? Date(string? text, string field, InputErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            errors.Add(field, "Дата пишется как гггг-мм-дд и должна существовать.");
            return null;
        }

        return parsed.Value;
    }
}
