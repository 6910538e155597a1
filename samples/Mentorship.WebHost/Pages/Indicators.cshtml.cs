using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.WebHost.Application;
using Mentorship.WebHost.Security;
using Microsoft.AspNetCore.Mvc;

namespace Mentorship.WebHost.Pages;

/// <summary>
/// The indicators K1–K14 for a period (by default the school year that contains today, from 1 September to today),
/// with Russian targets and statuses, a drill-down list of who or what each indicator counted, and two charts.
/// </summary>
public sealed class IndicatorsModel(MonitoringService monitoring, BankService banks) : YearPage
{
    public IndicatorSet? Set { get; private set; }

    public string Root { get; private set; } = string.Empty;

    /// <summary>The indicator whose counted list is open (<c>?drill=K1</c>), if any.</summary>
    public IndicatorResult? Drill { get; private set; }

    /// <summary>Names by identifier for the drill-down; empty for the municipal administrator (no personal data).</summary>
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string organizationId, int year, string? drill, CancellationToken cancellationToken)
    {
        if (ReadKey(organizationId, year) is not { } key)
        {
            return NotFound();
        }

        Root = $"/{key.OrganizationId.Value}/{key.Year}";
        var computed = await monitoring.ComputeAsync(key, Date(From), Date(To), cancellationToken);
        if (computed.Failure is { } failure)
        {
            if (failure.Kind == FailureKind.NotFound)
            {
                return NotFound();
            }

            Problem = "Период задан неверно: он не может закончиться раньше, чем начался.";
            computed = await monitoring.ComputeAsync(key, null, null, cancellationToken);
        }

        Set = computed.Value!;
        From = Set.Period.Start.ToDateOnly();
        To = Set.Period.End.ToDateOnly();
        Drill = drill is null ? null : Set.Results.FirstOrDefault(r => string.Equals(r.Id, drill, StringComparison.Ordinal));
        if (Drill is not null && !AccountClaims.RolesOf(User).HasFlag(Role.Municipal))
        {
            Names = await NamesAsync(banks, key, cancellationToken);
        }

        return Page();
    }

    /// <summary>The link to an indicator's drill-down for the same period.</summary>
    public string DrillLink(IndicatorResult result) =>
        $"{Root}/indicators?from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}&drill={Uri.EscapeDataString(result.Id)}#drill";

    /// <summary>The shares as bars (0–100 %), K1's federal target as the marker.</summary>
    public string SharesChart() => SvgBarChart.Render(
        "chart-shares",
        "Доли, %: показатели " + string.Join(", ", Set!.Results.Where(r => r.Kind == IndicatorKind.Share).Select(r => r.Id)),
        [.. Set.Results.Where(r => r.Kind == IndicatorKind.Share).Select(r => new SvgBarChart.Bar($"{r.Id} {Short(r.Code)}", r.Value.HasData ? r.Value.Number : null, IndicatorWording.Value(r.Kind, r.Value.HasData ? r.Value.Number : null)))],
        100m,
        Set.Get(IndicatorCode.K1).Target?.Threshold,
        "цель K1");

    /// <summary>The final questionnaires' mean score (K6) and its change from the entry wave (K7), by role.</summary>
    public string SatisfactionChart() => SvgBarChart.Render(
        "chart-satisfaction",
        "Итоговое анкетирование: средний балл (1–10) и его изменение от входного, по ролям",
        [.. new[] { RespondentRole.Mentee, RespondentRole.Mentor, RespondentRole.Coordinator }.SelectMany(role =>
        {
            var k6 = Set!.Get(IndicatorCode.K6, role);
            var k7 = Set.Get(IndicatorCode.K7, role);
            var k6Value = k6.Value.HasData ? k6.Value.Number : (decimal?)null;
            var change = k7.Value.HasData ? " (" + (k7.Value.Number >= 0 ? "+" : string.Empty) + IndicatorWording.Value(k7.Kind, k7.Value.Number) + ")" : string.Empty;
            return new[] { new SvgBarChart.Bar($"K6 {RoleTitle(role)}", k6Value, IndicatorWording.Value(k6.Kind, k6Value) + change) };
        })],
        10m);

    public static string RoleTitle(RespondentRole role) => role switch
    {
        RespondentRole.Mentee => "наставляемые",
        RespondentRole.Mentor => "наставники",
        _ => "куратор",
    };

    private static string Short(IndicatorCode code) => IndicatorCatalog.Describe(code).Title is var t && t.Length > 32 ? t[..31] + "…" : IndicatorCatalog.Describe(code).Title;
}
