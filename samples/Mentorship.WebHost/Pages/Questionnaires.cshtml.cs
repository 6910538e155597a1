using System.Globalization;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Mentorship.WebHost.Pages;

/// <summary>
/// The questionnaires of the year (entry, interim and final waves): the forms, the responses recorded, and a form to
/// record one for a pair or group whose programme has started. The core checks every answer.
/// </summary>
public sealed class QuestionnairesModel(MonitoringService monitoring, PairingService pairing, BankService banks, HostClock clock) : YearPage
{
    private const string AnswerPrefix = "answer:";

    public IReadOnlyList<InstrumentView> Forms { get; } = MonitoringService.Instruments();

    public IReadOnlyList<ResponseRecord> Responses { get; private set; } = [];

    public int Version { get; private set; }

    /// <summary>The pairs and groups whose programme has started (a response belongs to one).</summary>
    public IReadOnlyList<UnitView> Started { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    /// <summary>The form chosen to fill in, if any.</summary>
    public InstrumentView? Chosen { get; private set; }

    public UnitView? ChosenUnit { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public string Today => clock.Today.ToString("uuuu-MM-dd", null);

    public static string FieldOf(InstrumentItemView item) => AnswerPrefix + item.Code;

    public string Name(string id) => Names.TryGetValue(id, out var name) ? $"{id} {name}" : id;

    public async Task<IActionResult> OnGetAsync(string organizationId, int year, string? form, string? unit, CancellationToken cancellationToken) =>
        ReadKey(organizationId, year) is { } key ? await ShowAsync(key, form, unit, cancellationToken) : NotFound();

    public async Task<IActionResult> OnPostAsync(
        string organizationId, int year, string? form, string? unit, string? respondent, DateOnly? answeredOn, int version, CancellationToken cancellationToken)
    {
        if (ReadKey(organizationId, year) is not { } key)
        {
            return NotFound();
        }

        var items = Forms.FirstOrDefault(f => f.Code == form)?.Items ?? [];
        var answers = new List<AnswerInput?>();
        foreach (var item in items)
        {
            var value = Request.Form[FieldOf(item)].ToString().Trim();
            if (value.Length == 0)
            {
                continue;
            }

            answers.Add(item.Kind switch
            {
                QuestionKind.Scale => new AnswerInput(item.Code, int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var score) ? score : 0, null, null),
                QuestionKind.YesNo => new AnswerInput(item.Code, null, value == "yes", null),
                _ => new AnswerInput(item.Code, null, null, value),
            });
        }

        var outcome = await monitoring.AddResponseAsync(key, new ResponseInput(null, form, unit, respondent, Date(answeredOn), answers), Expected(version), cancellationToken);
        if (outcome.Failure is { } failure)
        {
            ShowFailure(failure);
            return await ShowAsync(key, form, unit, cancellationToken);
        }

        Notice = $"Анкета «{Forms.FirstOrDefault(f => f.Code == form)?.Title ?? form}» записана ({outcome.Value!.Id}).";
        return RedirectToPage(new { organizationId, year });
    }

    private async Task<IActionResult> ShowAsync(YearKey key, string? form, string? unit, CancellationToken cancellationToken)
    {
        var responses = await monitoring.ResponsesAsync(key, cancellationToken);
        Responses = responses.Value ?? [];
        Version = responses.Version;
        Started = (await pairing.GetAsync(key, cancellationToken)).Value?.Units.Where(u => u.ActivatedOn is not null).ToArray() ?? [];
        Names = await NamesAsync(banks, key, cancellationToken);
        Chosen = Forms.FirstOrDefault(f => f.Code == form);
        ChosenUnit = Started.FirstOrDefault(u => u.Id == unit);
        return Page();
    }
}
