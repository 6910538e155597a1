using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace Mentorship.WebHost.Pages;

/// <summary>The indicators K1–K12 of the year so far.</summary>
public sealed class IndicatorsModel(MonitoringService monitoring) : YearPage
{
    public IndicatorsView? Indicators { get; private set; }

    public async Task<IActionResult> OnGetAsync(string organizationId, int year, CancellationToken cancellationToken)
    {
        if (ReadKey(organizationId, year) is not { } key)
        {
            return NotFound();
        }

        Indicators = (await monitoring.IndicatorsAsync(key, null, null, cancellationToken)).Value;
        return Indicators is null ? NotFound() : Page();
    }
}
