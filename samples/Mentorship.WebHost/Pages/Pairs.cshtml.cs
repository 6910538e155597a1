using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Mentorship.WebHost.Pages;

/// <summary>
/// The year's pairs and groups (roadmap item 2.4): propose them from the matching, record the consents, issue the fixing
/// order; register a mentor from another organisation for the virtual form.
/// </summary>
public sealed class PairsModel(PairingService pairing, BankService banks, HostClock clock) : YearPage
{
    public PairingView? Pairing { get; private set; }

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    [TempData]
    public string? Notice { get; set; }

    public DateOnly Today => clock.Today.ToDateOnly();

    public string Name(string id) => Names.TryGetValue(id, out var name) ? $"{id} {name}" : id;

    public async Task<IActionResult> OnGetAsync(string organizationId, int year, CancellationToken cancellationToken) =>
        ReadKey(organizationId, year) is { } key ? await ShowAsync(key, cancellationToken) : NotFound();

    public Task<IActionResult> OnPostProposeAsync(string organizationId, int year, DateOnly? periodStart, DateOnly? periodEnd, bool groups, int version, CancellationToken cancellationToken) =>
        RunAsync(organizationId, year, "Пары предложены по результатам подбора.", (key, ct) =>
            pairing.ProposeFromMatchingAsync(key, new ProposalsInput(Date(periodStart), Date(periodEnd), null, groups, null, null, null), Expected(version), ct), cancellationToken);

    public Task<IActionResult> OnPostConsentsAsync(string organizationId, int year, string unitId, DateOnly? signedOn, decimal? supplement, int version, CancellationToken cancellationToken) =>
        RunAsync(organizationId, year, $"Согласия по {unitId} получены.", (key, ct) =>
            pairing.RecordConsentsAsync(key, unitId, new UnitConsentsInput(Date(signedOn), supplement ?? 0m, "ежемесячная доплата", null, null), Expected(version), ct), cancellationToken);

    public Task<IActionResult> OnPostOrderAsync(string organizationId, int year, string? number, DateOnly? date, int version, CancellationToken cancellationToken) =>
        RunAsync(organizationId, year, $"Приказ № {number} издан: пары и группы закреплены.", (key, ct) =>
            pairing.IssueFixingOrderAsync(key, new OrderInput(number, Date(date), null), Expected(version), ct), cancellationToken);

    public Task<IActionResult> OnPostExternalAsync(string organizationId, int year, string? mentor, string? externalOrganizationId, int? capacity, int version, CancellationToken cancellationToken) =>
        RunAsync(organizationId, year, $"Наставник {mentor} другой организации зарегистрирован.", (key, ct) =>
            pairing.RegisterExternalMentorAsync(key, new ExternalMentorInput(mentor, externalOrganizationId, capacity, null), Expected(version), ct), cancellationToken);

    private async Task<IActionResult> RunAsync(
        string organizationId, int year, string notice, Func<YearKey, CancellationToken, Task<HostOutcome<PairingView>>> command, CancellationToken cancellationToken)
    {
        if (ReadKey(organizationId, year) is not { } key)
        {
            return NotFound();
        }

        var outcome = await command(key, cancellationToken);
        if (outcome.Succeeded)
        {
            Notice = notice;
            return RedirectToPage(new { organizationId, year });
        }

        ShowFailure(outcome.Failure!);
        return await ShowAsync(key, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(YearKey key, CancellationToken cancellationToken)
    {
        Pairing = (await pairing.GetAsync(key, cancellationToken)).Value;
        Names = await NamesAsync(banks, key, cancellationToken);
        return Page();
    }
}
