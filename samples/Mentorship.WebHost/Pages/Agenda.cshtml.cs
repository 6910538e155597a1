using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace Mentorship.WebHost.Pages;

/// <summary>The roadmap agenda: what is open in the coming 30 days (overdue first), K12, and a button to record work done.</summary>
public sealed class AgendaModel(RoadmapService roadmaps) : YearPage
{
    public AgendaView? Agenda { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(string organizationId, int year, CancellationToken cancellationToken)
    {
        if (ReadKey(organizationId, year) is not { } key)
        {
            return NotFound();
        }

        Agenda = (await roadmaps.AgendaAsync(key, null, 30, cancellationToken)).Value;
        return Agenda is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostDoneAsync(string organizationId, int year, string workItemId, int version, CancellationToken cancellationToken)
    {
        if (ReadKey(organizationId, year) is not { } key)
        {
            return NotFound();
        }

        var outcome = await roadmaps.RecordDoneAsync(key, new CompletionInput(workItemId, null), version, cancellationToken);
        if (outcome.Succeeded)
        {
            Notice = $"Работа {workItemId} отмечена выполненной.";
            return RedirectToPage(new { organizationId, year });
        }

        ModelState.AddModelError(string.Empty, outcome.Failure!.Detail);
        Agenda = (await roadmaps.AgendaAsync(key, null, 30, cancellationToken)).Value;
        return Agenda is null ? NotFound() : Page();
    }
}
