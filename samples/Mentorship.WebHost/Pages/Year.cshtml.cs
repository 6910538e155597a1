using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace Mentorship.WebHost.Pages;

/// <summary>The coordinator's home page of an organisation's year: due items, who waits, mentors' load, K1 — each with a link to act.</summary>
public sealed class YearModel(YearOverviewService overview) : YearPage
{
    public YearOverviewView? Overview { get; private set; }

    public string Root { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string organizationId, int year, CancellationToken cancellationToken)
    {
        if (ReadKey(organizationId, year) is not { } key)
        {
            return NotFound();
        }

        Root = $"/{key.OrganizationId.Value}/{key.Year}";
        Overview = (await overview.GetAsync(key, cancellationToken)).Value;
        return Overview is null ? NotFound() : Page();
    }
}
