using Mentorship.Domain.Banks;
using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Mentorship.WebHost.Pages;

/// <summary>The year's two banks (roadmap items 2.1, 2.2): the entries, the statistics, a form to enter a mentee, a withdrawal of consent.</summary>
public sealed class BanksModel(BankService banks, HostClock clock) : YearPage
{
    [BindProperty]
    public MenteeForm Mentee { get; set; } = new();

    public MenteeBankView? MenteeBank { get; private set; }

    public MentorBankView? MentorBank { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public IEnumerable<SelectListItem> TopicItems =>
        (MenteeBank?.Topics ?? []).Select(t => new SelectListItem($"{t.Title} ({t.Code})", t.Code));

    /// <summary>A topic by its catalogue title (the code when neither bank knows it).</summary>
    public string Topic(string code) =>
        (MenteeBank?.Topics ?? []).Concat(MentorBank?.Topics ?? []).FirstOrDefault(t => t.Code == code)?.Title ?? code;

    public static IEnumerable<SelectListItem> ReasonItems =>
        Enum.GetValues<MentoringReason>().Select(r => new SelectListItem(Labels.Of(r), r.ToString()));

    public async Task<IActionResult> OnGetAsync(string organizationId, int year, CancellationToken cancellationToken)
    {
        if (ReadKey(organizationId, year) is not { } key || !await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }

        var today = clock.Today.ToDateOnly();
        Mentee.AdmittedOn = today;
        Mentee.ConsentGivenOn = today;
        return Page();
    }

    public async Task<IActionResult> OnPostAddMenteeAsync(string organizationId, int year, CancellationToken cancellationToken)
    {
        if (ReadKey(organizationId, year) is not { } key)
        {
            return NotFound();
        }

        var outcome = await banks.AdmitMenteeAsync(key, Mentee.ToInput(clock.Today, "coordinator"), Mentee.Version, cancellationToken);
        if (outcome.Succeeded)
        {
            Notice = $"{outcome.Value!.Id} добавлен(а) в банк наставляемых.";
            return RedirectToPage(new { organizationId, year });
        }

        ShowErrors(outcome.Failure!, nameof(Mentee), MenteeForm.FormField);
        return await ShowAgainAsync(key, cancellationToken);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string organizationId, int year, string id, BankKind kind, int version, CancellationToken cancellationToken)
    {
        if (ReadKey(organizationId, year) is not { } key)
        {
            return NotFound();
        }

        var outcome = await banks.WithdrawConsentAsync(kind, key, id, new DateInput(null), version, cancellationToken);
        if (outcome.Succeeded)
        {
            Notice = $"Согласие {id} отозвано: персональные данные удалены из банка, в статистике осталась обезличенная запись.";
            return RedirectToPage(new { organizationId, year });
        }

        ModelState.AddModelError(string.Empty, outcome.Failure!.Detail);
        return await ShowAgainAsync(key, cancellationToken);
    }

    // After a refused form the page shows the banks as they are now; the form keeps what was typed, and takes the
    // current version, so that the coordinator can check and send it again.
    private async Task<IActionResult> ShowAgainAsync(YearKey key, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Remove($"{nameof(Mentee)}.{nameof(MenteeForm.Version)}");
        return Page();
    }

    private async Task<bool> LoadAsync(YearKey key, CancellationToken cancellationToken)
    {
        var mentees = await banks.GetMenteeBankAsync(key, cancellationToken);
        var mentors = await banks.GetMentorBankAsync(key, cancellationToken);
        MenteeBank = mentees.Value;
        MentorBank = mentors.Value;
        Mentee.Version = MenteeBank?.Version ?? 0;
        return MenteeBank is not null || MentorBank is not null;
    }
}
