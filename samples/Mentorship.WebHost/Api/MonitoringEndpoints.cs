using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using NodaTime.Text;

namespace Mentorship.WebHost.Api;

/// <summary>Internal monitoring: the indicators K1–K12 of an organisation's year.</summary>
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
            .WithSummary("Indicators K1–K12 over a period (default 1 January to today), from the banks, the programmes and the roadmap.")
            .Produces<IndicatorsView>().ProducesValidationProblem().ProducesProblem(404);
    }

    private static NodaTime.LocalDate? Date(string? text, string field, InputErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            errors.Add(field, "A date is written yyyy-MM-dd.");
            return null;
        }

        return parsed.Value;
    }
}
