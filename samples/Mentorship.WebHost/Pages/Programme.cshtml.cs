using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Mentorship.WebHost.Pages;

/// <summary>
/// A pair's or group's personalized programme: drafted on the core's standard meeting sequence, approved, and its
/// plan marked done item by item (a mark once set stays: the core has no undo).
/// </summary>
public sealed class ProgrammeModel(PairingService pairing, ProgrammeService programmes, BankService banks, HostClock clock) : YearPage
{
    public UnitView? Unit { get; private set; }

    public ProgrammeView? Programme { get; private set; }

    /// <summary>The version of the year's programmes (they are stored together).</summary>
    public int Version { get; private set; }

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    [TempData]
    public string? Notice { get; set; }

    public string Today => clock.Today.ToString("uuuu-MM-dd", null);

    public string Name(string id) => Names.TryGetValue(id, out var name) ? $"{id} {name}" : id;

    public async Task<IActionResult> OnGetAsync(string organizationId, int year, string unitId, CancellationToken cancellationToken) =>
        ReadKey(organizationId, year) is { } key ? await ShowAsync(key, unitId, cancellationToken) : NotFound();

    public Task<IActionResult> OnPostDraftAsync(
        string organizationId, int year, string unitId, string? goal, string? tasks, string? request, string? expectedResults, string? reportingForms, int version,
        CancellationToken cancellationToken) =>
        RunAsync(organizationId, year, unitId, "Проект программы составлен.", async (key, ct) =>
        {
            var unit = (await pairing.GetUnitAsync(key, unitId, ct)).Value;
            var diagnoses = (unit?.Mentees ?? []).Select(m => (DiagnosisInput?)new DiagnosisInput(m, [], [], request)).ToArray();
            return (await programmes.DraftAsync(key, unitId, new ProgrammeInput(diagnoses, goal, Lines(tasks), Lines(expectedResults), Lines(reportingForms)), Expected(version), ct)).Failure;
        }, cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(string organizationId, int year, string unitId, DateOnly? on, int version, CancellationToken cancellationToken) =>
        RunAsync(organizationId, year, unitId, "Программа утверждена.", async (key, ct) =>
            (await programmes.ApproveAsync(key, unitId, new DateInput(Date(on)), Expected(version), ct)).Failure, cancellationToken);

    public Task<IActionResult> OnPostDoneAsync(string organizationId, int year, string unitId, int number, DateOnly? on, string? note, int version, CancellationToken cancellationToken) =>
        RunAsync(organizationId, year, unitId, $"Пункт {number} плана выполнен.", async (key, ct) =>
            (await programmes.MarkDoneAsync(key, unitId, number, new PlanItemDoneInput(Date(on), note), Expected(version), ct)).Failure, cancellationToken);

    public Task<IActionResult> OnPostUndoneAsync(string organizationId, int year, string unitId, int number, int version, CancellationToken cancellationToken) =>
        RunAsync(organizationId, year, unitId, $"Отметка о выполнении пункта {number} снята.", async (key, ct) =>
            (await programmes.RemoveDoneMarkAsync(key, unitId, number, null, Expected(version), ct)).Failure, cancellationToken);

    private static string[] Lines(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private async Task<IActionResult> RunAsync(
        string organizationId, int year, string unitId, string notice, Func<YearKey, CancellationToken, Task<HostFailure?>> command, CancellationToken cancellationToken)
    {
        if (ReadKey(organizationId, year) is not { } key)
        {
            return NotFound();
        }

        if (await command(key, cancellationToken) is { } failure)
        {
            ShowFailure(failure);
            return await ShowAsync(key, unitId, cancellationToken);
        }

        Notice = notice;
        return RedirectToPage(new { organizationId, year, unitId });
    }

    private async Task<IActionResult> ShowAsync(YearKey key, string unitId, CancellationToken cancellationToken)
    {
        Unit = (await pairing.GetUnitAsync(key, unitId, cancellationToken)).Value;
        if (Unit is null)
        {
            return NotFound();
        }

        var listed = await programmes.ListAsync(key, cancellationToken);
        Version = listed.Version;
        Programme = listed.Value?.FirstOrDefault(p => p.Unit == unitId);
        Names = await NamesAsync(banks, key, cancellationToken);
        return Page();
    }
}
