using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Security;
using Mentorship.WebHost.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mentorship.WebHost.Pages;

/// <summary>
/// A mentor's or mentee's own page: their pairs and groups of every year of their organisation, each with its
/// programme, plan and the next meetings (the plan's dates are working days); the mentor marks a plan item done.
/// Everything is read for the account's own educator only: no route names anybody.
/// </summary>
public sealed class MeModel(OrganizationService organizations, PairingService pairing, ProgrammeService programmes, BankService banks, HostClock clock) : PageModel
{
    /// <summary>How many coming meetings the page lists per unit.</summary>
    public const int NextMeetings = 5;

    public string Educator { get; private set; } = string.Empty;

    public IReadOnlyList<MyUnit> Units { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public NodaTime.LocalDate Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Bind())
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDoneAsync(int year, string unitId, int number, int version, DateOnly? on, string? note, CancellationToken cancellationToken)
    {
        if (!Bind() || YearKeys.Parse(AccountClaims.OrganizationOf(User) ?? string.Empty, year, new InputErrors()) is not { } key)
        {
            return Forbid();
        }

        // Only the unit's own mentor marks its plan.
        var unit = (await pairing.GetUnitAsync(key, unitId, cancellationToken)).Value;
        if (unit is null || unit.Mentor != Educator || !AccountClaims.RolesOf(User).HasFlag(Role.Mentor))
        {
            return Forbid();
        }

        var marked = await programmes.MarkDoneAsync(key, unitId, number, new PlanItemDoneInput(on is { } d ? NodaTime.LocalDate.FromDateOnly(d) : null, string.IsNullOrWhiteSpace(note) ? null : note), version > 0 ? version : null, cancellationToken);
        if (marked.Failure is { } failure)
        {
            foreach (var message in failure.Violations.Count > 0 ? failure.Violations.Select(v => v.Message) : failure.Errors.Count > 0 ? failure.Errors.SelectMany(e => e.Value) : [failure.Detail])
            {
                ModelState.AddModelError(string.Empty, message);
            }

            await LoadAsync(cancellationToken);
            return Page();
        }

        Notice = $"Пункт {number} плана отмечен выполненным.";
        return RedirectToPage();
    }

    private bool Bind()
    {
        Educator = AccountClaims.EducatorOf(User) ?? string.Empty;
        return Educator.Length > 0 && AccountClaims.OrganizationOf(User) is not null;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var organization = (await organizations.GetAsync(AccountClaims.OrganizationOf(User)!, cancellationToken)).Value;
        var units = new List<MyUnit>();
        foreach (var year in organization?.Years ?? [])
        {
            var key = YearKeys.Parse(organization!.Id, year, new InputErrors())!.Value;
            var mine = (await pairing.GetAsync(key, cancellationToken)).Value?.Units.Where(u => u.Mentor == Educator || u.Mentees.Contains(Educator)).ToList() ?? [];
            if (mine.Count == 0)
            {
                continue;
            }

            var listed = await programmes.ListAsync(key, cancellationToken);
            var names = await NamesAsync(key, mine, cancellationToken);
            units.AddRange(mine.Select(u => new MyUnit(year, u, listed.Value?.FirstOrDefault(p => p.Unit == u.Id), listed.Version, u.Mentor == Educator, names)));
        }

        Units = units;
    }

    // The names of the people of the educator's own units only.
    private async Task<IReadOnlyDictionary<string, string>> NamesAsync(YearKey key, IReadOnlyList<UnitView> units, CancellationToken cancellationToken)
    {
        var people = units.SelectMany(u => u.Mentees.Append(u.Mentor)).ToHashSet(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in (await banks.GetMenteeBankAsync(key, cancellationToken)).Value?.Entries.Where(e => people.Contains(e.Id)) ?? [])
        {
            names[e.Id] = e.FullName;
        }

        foreach (var e in (await banks.GetMentorBankAsync(key, cancellationToken)).Value?.Entries.Where(e => people.Contains(e.Id)) ?? [])
        {
            names[e.Id] = e.FullName;
        }

        return names;
    }

    /// <summary>One of the educator's units with its programme (if drafted).</summary>
    /// <param name="Year">The year.</param>
    /// <param name="Unit">The unit.</param>
    /// <param name="Programme">Its programme.</param>
    /// <param name="Version">The version of the year's programmes (for the done mark).</param>
    /// <param name="IsMentor">Whether the educator is its mentor.</param>
    /// <param name="Names">The names of its people.</param>
    public sealed record MyUnit(int Year, UnitView Unit, ProgrammeView? Programme, int Version, bool IsMentor, IReadOnlyDictionary<string, string> Names)
    {
        public string Name(string id) => Names.TryGetValue(id, out var name) ? name : id;
    }
}
