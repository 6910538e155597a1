using Mentorship.Domain.Pairing;
using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Mentorship.WebHost.Pages;

/// <summary>
/// One pair or group: what it is, its orders and programme, and its life after the fixing order: the start, the
/// completion with its outcome, an early end, a replacement of the mentor, and for a group the changes of its
/// composition by an order (a mentee joins, leaves, moves into another group). Every decision is the core's.
/// </summary>
public sealed class UnitModel(PairingService pairing, ProgrammeService programmes, BankService banks, HostClock clock) : YearPage
{
    public UnitView? Unit { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<OrderView> Orders { get; private set; } = [];

    public ProgrammeView? Programme { get; private set; }

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    /// <summary>The mentor bank's people who could take over (everyone but the current mentor and the mentees).</summary>
    public IReadOnlyList<string> OtherMentors { get; private set; } = [];

    /// <summary>The mentee bank's people in no open pair or group, who could join this group.</summary>
    public IReadOnlyList<string> FreeMentees { get; private set; } = [];

    /// <summary>The other fixed or running groups of the year, where a mentee could move.</summary>
    public IReadOnlyList<UnitView> OtherGroups { get; private set; } = [];

    /// <summary>The notice rule for a notice given today (the core's count on the production calendar).</summary>
    public NoticeView? NoticeRule { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    /// <summary>The number of the order the last change issued, to link its text.</summary>
    [TempData]
    public string? IssuedOrder { get; set; }

    public string Today => clock.Today.ToString("uuuu-MM-dd", null);

    public string Name(string id) => Names.TryGetValue(id, out var name) ? $"{id} {name}" : id;

    public string OrderLink(string number) =>
        $"/api/organizations/{Uri.EscapeDataString((string)ViewData["Org"]!)}/years/{ViewData["Year"]}/pairing/orders/text?number={Uri.EscapeDataString(number)}";

    public async Task<IActionResult> OnGetAsync(string organizationId, int year, string unitId, CancellationToken cancellationToken) =>
        ReadKey(organizationId, year) is { } key ? await ShowAsync(key, unitId, cancellationToken) : NotFound();

    public Task<IActionResult> OnPostActivateAsync(string organizationId, int year, string unitId, DateOnly? on, int version, CancellationToken cancellationToken) =>
        RunAsync(organizationId, year, unitId, "Программа наставничества начата.", (key, ct) =>
            Drop(pairing.ActivateAsync(key, unitId, new DateInput(Date(on)), Expected(version), ct)), cancellationToken);

    public Task<IActionResult> OnPostCompleteAsync(
        string organizationId, int year, string unitId, DateOnly? on, MentoringOutcome? outcome, string? conclusions, string? recommendations, int version, CancellationToken cancellationToken) =>
        RunAsync(organizationId, year, unitId, "Наставничество завершено.", (key, ct) =>
            Order(pairing.CompleteAsync(key, unitId, new UnitCompletionInput(Date(on), outcome, conclusions, recommendations), Expected(version), ct)), cancellationToken);

    public Task<IActionResult> OnPostTerminateAsync(
        string organizationId, int year, string unitId, DateOnly? noticeGivenOn, TerminationInitiator? initiatedBy, EarlyTerminationGrounds? grounds, DateOnly? endsOn,
        string? orderNumber, DateOnly? orderDate, int version, CancellationToken cancellationToken) =>
        RunAsync(organizationId, year, unitId, "Наставничество прекращено досрочно.", (key, ct) =>
            Order(pairing.TerminateEarlyAsync(key, unitId, new EarlyTerminationInput(Date(noticeGivenOn), initiatedBy, grounds, Date(endsOn), orderNumber, Date(orderDate)), Expected(version), ct)),
            cancellationToken);

    public Task<IActionResult> OnPostReplaceAsync(
        string organizationId, int year, string unitId, string? newMentor, ReplacementGrounds? grounds, DateOnly? noticeGivenOn, DateOnly? effectiveOn,
        DateOnly? agreementSignedOn, decimal? supplement, string? agreementNumber, string? orderNumber, DateOnly? orderDate, int version, CancellationToken cancellationToken) =>
        RunAsync(organizationId, year, unitId, "Наставник заменён.", (key, ct) =>
            Order(pairing.ReplaceMentorAsync(
                key,
                unitId,
                new MentorReplacementInput(newMentor, grounds, Date(noticeGivenOn), Date(effectiveOn), Date(agreementSignedOn), supplement ?? 0m, "ежемесячная доплата", null, agreementNumber, orderNumber, Date(orderDate)),
                Expected(version),
                ct)),
            cancellationToken);

    public Task<IActionResult> OnPostJoinAsync(
        string organizationId, int year, string unitId, string? mentee, DateOnly? firstDay, DateOnly? consentSignedOn, string? orderNumber, DateOnly? orderDate, int version,
        CancellationToken cancellationToken) =>
        RunAsync(organizationId, year, unitId, "Наставляемый включён в группу.", (key, ct) =>
            Order(pairing.AddMenteeAsync(key, unitId, new MenteeJoinInput(mentee, Date(firstDay), Date(consentSignedOn), orderNumber, Date(orderDate)), Expected(version), ct)),
            cancellationToken);

    public Task<IActionResult> OnPostReleaseAsync(
        string organizationId, int year, string unitId, string? mentee, DateOnly? lastDay, MenteeLeavingGrounds? grounds, string? orderNumber, DateOnly? orderDate, int version,
        CancellationToken cancellationToken) =>
        RunAsync(organizationId, year, unitId, "Наставляемый исключён из группы.", (key, ct) =>
            Order(pairing.ReleaseMenteeAsync(key, unitId, new MenteeReleaseInput(mentee, Date(lastDay), grounds, orderNumber, Date(orderDate)), Expected(version), ct)),
            cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(
        string organizationId, int year, string unitId, string? mentee, string? toUnit, DateOnly? firstDay, DateOnly? consentSignedOn, string? orderNumber, DateOnly? orderDate,
        int version, CancellationToken cancellationToken) =>
        RunAsync(organizationId, year, unitId, "Наставляемый переведён в другую группу.", (key, ct) =>
            Order(pairing.MoveMenteeAsync(key, unitId, new MenteeMoveInput(mentee, toUnit, Date(firstDay), Date(consentSignedOn), orderNumber, Date(orderDate)), Expected(version), ct)),
            cancellationToken);

    private static async Task<(HostFailure? Failure, string? Order)> Order(Task<HostOutcome<GroupChangeView>> command)
    {
        var outcome = await command;
        return (outcome.Failure, outcome.Value?.Order.Number);
    }

    private static async Task<(HostFailure? Failure, string? Order)> Drop<T>(Task<HostOutcome<T>> command) => ((await command).Failure, null);

    private static async Task<(HostFailure? Failure, string? Order)> Order(Task<HostOutcome<UnitChangeView>> command)
    {
        var outcome = await command;
        return (outcome.Failure, outcome.Value?.Order?.Number);
    }

    private async Task<IActionResult> RunAsync(
        string organizationId, int year, string unitId, string notice, Func<YearKey, CancellationToken, Task<(HostFailure? Failure, string? Order)>> command, CancellationToken cancellationToken)
    {
        if (ReadKey(organizationId, year) is not { } key)
        {
            return NotFound();
        }

        var (failure, order) = await command(key, cancellationToken);
        if (failure is null)
        {
            Notice = order is null ? notice : $"{notice} Издан приказ № {order}.";
            IssuedOrder = order;
            return RedirectToPage(new { organizationId, year, unitId });
        }

        ShowFailure(failure);
        return await ShowAsync(key, unitId, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(YearKey key, string unitId, CancellationToken cancellationToken)
    {
        var register = (await pairing.GetAsync(key, cancellationToken)).Value!;
        Unit = register.Units.FirstOrDefault(u => u.Id == unitId);
        if (Unit is null)
        {
            return NotFound();
        }

        Version = register.Version;
        Orders = register.Orders.Where(o => o.Units.Contains(unitId)).ToArray();
        Programme = (await programmes.ListAsync(key, cancellationToken)).Value?.FirstOrDefault(p => p.Unit == unitId);
        Names = await NamesAsync(banks, key, cancellationToken);
        var mentors = (await banks.GetMentorBankAsync(key, cancellationToken)).Value?.Entries.Select(e => e.Id) ?? [];
        OtherMentors = mentors.Where(m => m != Unit.Mentor && !Unit.Mentees.Contains(m)).ToArray();
        var open = register.Units.Where(x => x.Status is not (MentoringUnitStatus.Completed or MentoringUnitStatus.EndedEarly or MentoringUnitStatus.Cancelled)).ToArray();
        var taken = open.SelectMany(x => x.Mentees).ToHashSet(StringComparer.Ordinal);
        FreeMentees = ((await banks.GetMenteeBankAsync(key, cancellationToken)).Value?.Entries.Select(e => e.Id) ?? []).Where(m => !taken.Contains(m)).ToArray();
        OtherGroups = open.Where(x => x.Id != unitId && GroupSizeRule.IsGroupForm(x.Form) && x.Status is MentoringUnitStatus.Fixed or MentoringUnitStatus.Active).ToArray();
        NoticeRule = (await pairing.NoticeAsync(key, null, cancellationToken)).Value;
        return Page();
    }
}
