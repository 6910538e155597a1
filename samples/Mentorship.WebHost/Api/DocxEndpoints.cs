using Mentorship.Domain.Documents;
using Mentorship.Domain.OpenXml.Word;
using Mentorship.WebHost.Application;

namespace Mentorship.WebHost.Api;

/// <summary>
/// The documents of a year as Word files (.docx, via Mentorship.Domain.OpenXml) for signing and filing: an order by its
/// number, a programme, the organisation's справка and the municipality's аналитическая справка. The same content as
/// the text endpoints beside them; the words are the core's.
/// </summary>
internal static class DocxEndpoints
{
    /// <summary>The media type of a Word document.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(YearRoute.Prefix + "/pairing/orders/docx", (string organizationId, int year, string? number, PairingService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) =>
                    (await s.OrderTextAsync(key, number, null, null, ct)).ToDocx($"Приказ № {number}")))
            .WithTags("Pairs and groups").WithName("GetOrderDocx")
            .WithSummary("An order of the year (by its number) as a Word document with the acquaintance sheet.")
            .Produces<byte[]>(contentType: ContentType).ProducesValidationProblem().ProducesProblem(404);

        app.MapGet(YearRoute.Prefix + "/programmes/{unitId}/docx", (string organizationId, int year, string unitId, ProgrammeService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) =>
                    (await s.TextAsync(key, unitId, ct)).ToDocx($"Программа наставничества {unitId}")))
            .WithTags("Programmes").WithName("GetProgrammeDocx")
            .WithSummary("The personalised programme of a pair or group as a Word document with the approval block.")
            .Produces<byte[]>(contentType: ContentType).ProducesProblem(404);

        app.MapGet(YearRoute.Prefix + "/reports/monitoring/docx", (string organizationId, int year, string? from, string? to, MonitoringService s, HttpContext c, CancellationToken ct) =>
                YearRoute.With(c, organizationId, year, async (key, _) =>
                {
                    var errors = new InputErrors();
                    var start = MonitoringEndpoints.Date(from, "from", errors);
                    var end = MonitoringEndpoints.Date(to, "to", errors);
                    return errors.Any ? HttpResults.Invalid(errors) : (await s.MonitoringReportAsync(key, start, end, ct)).ToDocx("Справка по итогам внутреннего мониторинга");
                }))
            .WithTags("Monitoring").WithName("GetMonitoringReportDocx")
            .WithSummary("The monitoring report (справка) of the organisation's year as a Word document with its charts.")
            .Produces<byte[]>(contentType: ContentType).ProducesValidationProblem().ProducesProblem(404);

        app.MapGet("/api/municipalities/{municipality}/years/{year:int}/reports/analytical/docx", (string municipality, int year, string? from, string? to, MonitoringService s, CancellationToken ct) =>
            {
                var errors = new InputErrors();
                var start = MonitoringEndpoints.Date(from, "from", errors);
                var end = MonitoringEndpoints.Date(to, "to", errors);
                YearKeys.CheckYear(year, errors);

                return errors.Any ? Task.FromResult(HttpResults.Invalid(errors)) : AnalyticalAsync();

                async Task<IResult> AnalyticalAsync() => (await s.AnalyticalReportAsync(municipality, year, start, end, ct)).ToDocx("Аналитическая справка");
            })
            .WithTags("Monitoring").WithName("GetAnalyticalReportDocx")
            .WithSummary("The municipal analytical report as a Word document with the indicators by organisation as a chart; no personal data.")
            .Produces<byte[]>(contentType: ContentType).ProducesValidationProblem().ProducesProblem(404);
    }

    /// <summary>A rendered document as a .docx download (its file name Russian), or the failure as problem details.</summary>
    public static IResult ToDocx(this HostOutcome<RenderedDocument> outcome, string fileName)
    {
        if (outcome.Failure is { } failure)
        {
            return failure.ToHttp();
        }

        using var stream = new MemoryStream();
        WordDocumentWriter.Write(outcome.Value!, stream);
        return Results.File(stream.ToArray(), ContentType, SafeName(fileName) + ".docx");
    }

    /// <summary>Keeps letters, digits, spaces, «№», «-» and «.»; anything else (a slash in an order number) becomes «_».</summary>
    internal static string SafeName(string text) =>
        new([.. text.Take(100).Select(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '.' or '№' ? c : '_')]);
}
