using Mentorship.Domain.Documents;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.Reports;
using Mentorship.Domain.People;
using Mentorship.WebHost.Application;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mentorship.WebHost.Pages;

/// <summary>
/// The municipal administrator's page: every organisation of a municipality side by side for a period (by default the
/// school year so far) — each indicator of the catalogue, pairs and groups by form, the banks — and the analytical
/// report itself, with its Word download. Counts only: no names, no drill-down to people.
/// </summary>
public sealed class MunicipalityModel(MonitoringService monitoring) : PageModel
{
    public string Municipality { get; private set; } = string.Empty;

    public int Year { get; private set; }

    public AnalyticalReport? Report { get; private set; }

    public RenderedDocument? Document { get; private set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string municipality, int year, CancellationToken cancellationToken)
    {
        if (year is < YearKeys.MinYear or > YearKeys.MaxYear || string.IsNullOrWhiteSpace(municipality) || municipality.Length > 200)
        {
            return NotFound();
        }

        Municipality = municipality;
        Year = year;
        var built = await monitoring.AnalyticalAsync(municipality, year, Date(From), Date(To), cancellationToken);
        if (built.Failure is { } failure)
        {
            if (failure.Kind == FailureKind.NotFound)
            {
                return NotFound();
            }

            Problem = "Период задан неверно: он не может закончиться раньше, чем начался.";
            built = await monitoring.AnalyticalAsync(municipality, year, null, null, cancellationToken);
        }

        Report = built.Value!;
        From = Report.Period.Start.ToDateOnly();
        To = Report.Period.End.ToDateOnly();
        Document = AnalyticalReportDocument.Render(Report);
        return Page();
    }

    /// <summary>The indicators of the catalogue in its order (a per-role indicator once per role), as the municipality's totals computed them.</summary>
    public IEnumerable<(IndicatorDefinition Definition, IndicatorResult Total)> Rows() =>
        IndicatorCatalog.All.SelectMany(d => Report!.Indicators.Results.Where(r => r.Code == d.Code).Select(r => (d, r)));

    /// <summary>An organisation's value of an indicator, as the page writes it.</summary>
    public static string ValueOf(MonitoringReport organization, IndicatorResult total)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(total);
        return organization.Indicators.Find(total.Id) is { } r ? Wording(r) : "—";
    }

    /// <summary>A value with its fraction («75 % (6/8)»).</summary>
    public static string Wording(IndicatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var value = IndicatorWording.Value(result.Kind, result.Value.HasData ? result.Value.Number : null);
        return result.Kind == IndicatorKind.Share && result.Value.HasData ? $"{value} ({result.Numerator}/{result.Denominator})" : value;
    }

    /// <summary>The forms any organisation has a pair or a group in, in the enum's order.</summary>
    public IReadOnlyList<MentorshipForm> Forms() =>
        [.. Report!.Organizations.SelectMany(o => o.Census.ByForm).Where(f => f.Pairs + f.Groups > 0).Select(f => f.Form).Distinct().Order()];

    /// <summary>An organisation's pairs and groups of a form («3 / 1»).</summary>
    public static string FormCount(MonitoringReport organization, MentorshipForm form)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var count = organization.Census.ByForm.FirstOrDefault(f => f.Form == form);
        return count is null ? "0 / 0" : $"{count.Pairs} / {count.Groups}";
    }

    /// <summary>The query of the period, for the download links.</summary>
    public string PeriodQuery => $"from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}";

    /// <summary>The Word download of the analytical report for the period shown.</summary>
    public string DocxLink =>
        $"/api/municipalities/{Uri.EscapeDataString(Municipality)}/years/{Year}/reports/analytical/docx?{PeriodQuery}";

    /// <summary>K1 by organisation as bars, its federal target as the marker.</summary>
    public string K1Chart()
    {
        var k1 = IndicatorCatalog.Describe(IndicatorCode.K1);
        var bars = Report!.Organizations.Select(o =>
        {
            var r = o.Indicators.Get(IndicatorCode.K1);
            var value = r.Value.HasData ? r.Value.Number : (decimal?)null;
            return new SvgBarChart.Bar(o.Organization.ShortName, value, IndicatorWording.Value(r.Kind, value));
        }).ToList();
        var total = Report.Indicators.Get(IndicatorCode.K1);
        var totalValue = total.Value.HasData ? total.Value.Number : (decimal?)null;
        bars.Add(new SvgBarChart.Bar("Всего по району", totalValue, IndicatorWording.Value(total.Kind, totalValue)));
        return SvgBarChart.Render("chart-k1", $"K1. {k1.Title}, % по организациям", bars, 100m, total.Target?.Threshold, "цель K1");
    }

    private static NodaTime.LocalDate? Date(DateOnly? date) => date is { } d ? NodaTime.LocalDate.FromDateOnly(d) : null;
}
