using System.Globalization;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Security;
using Mentorship.WebHost.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mentorship.WebHost.Pages;

/// <summary>
/// A mentor's or mentee's own page: their pairs and groups of every year of their organisation (and, for a mentor
/// registered as an external mentor of another organisation, the virtual units they lead there), each with its
/// programme, plan and the next meetings (the plan's dates are working days); the mentor marks a plan item done;
/// once the programme has started, each fills their own entry and final questionnaires, which count in K6 and K7.
/// Everything is read for the account's own educator only: no route names anybody.
/// </summary>
public sealed class MeModel(OrganizationService organizations, PairingService pairing, ProgrammeService programmes, BankService banks, MonitoringService monitoring, HostClock clock) : PageModel
{
    /// <summary>How many coming meetings the page lists per unit.</summary>
    public const int NextMeetings = 5;

    private const string AnswerPrefix = "answer:";

    public string Educator { get; private set; } = string.Empty;

    public IReadOnlyList<MyUnit> Units { get; private set; } = [];

    /// <summary>The questionnaire opened to fill in (from the query), with its unit.</summary>
    public (MyUnit Unit, InstrumentView Form)? Chosen { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public NodaTime.LocalDate Today => clock.Today;

    public static string FieldOf(InstrumentItemView item) => AnswerPrefix + item.Code;

    public async Task<IActionResult> OnGetAsync(string? organization, int? year, string? unit, string? form, CancellationToken cancellationToken)
    {
        if (!Bind())
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        Choose(organization, year, unit, form);
        return Page();
    }

    public async Task<IActionResult> OnPostDoneAsync(string? organization, int year, string unitId, int number, int version, DateOnly? on, string? note, CancellationToken cancellationToken)
    {
        if (!Bind())
        {
            return Forbid();
        }

        // Only the unit's own mentor marks its plan.
        await LoadAsync(cancellationToken);
        var mine = Find(organization, year, unitId);
        if (mine is null || !mine.IsMentor || !AccountClaims.RolesOf(User).HasFlag(Role.Mentor))
        {
            return Forbid();
        }

        var marked = await programmes.MarkDoneAsync(mine.Key, unitId, number, new PlanItemDoneInput(on is { } d ? NodaTime.LocalDate.FromDateOnly(d) : null, string.IsNullOrWhiteSpace(note) ? null : note), version > 0 ? version : null, cancellationToken);
        if (marked.Failure is { } failure)
        {
            Show(failure);
            return Page();
        }

        Notice = $"Пункт {number} плана отмечен выполненным.";
        return RedirectToPage();
    }

    /// <summary>Records the educator's own answers to an entry or final questionnaire of one of their started units.</summary>
    public async Task<IActionResult> OnPostAnswerAsync(string? organization, int year, string unitId, string form, int version, CancellationToken cancellationToken)
    {
        if (!Bind())
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        var mine = Find(organization, year, unitId);
        var instrument = mine?.Forms.FirstOrDefault(f => f.Form.Code == form);
        if (mine is null || instrument is null)
        {
            return Forbid();
        }

        var answers = new List<AnswerInput?>();
        foreach (var item in instrument.Form.Items)
        {
            var value = Request.Form[FieldOf(item)].ToString().Trim();
            if (value.Length > 0)
            {
                answers.Add(item.Kind switch
                {
                    QuestionKind.Scale => new AnswerInput(item.Code, int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var score) ? score : 0, null, null),
                    QuestionKind.YesNo => new AnswerInput(item.Code, null, value == "yes", null),
                    _ => new AnswerInput(item.Code, null, null, value),
                });
            }
        }

        var recorded = await monitoring.AddResponseAsync(mine.Key, new ResponseInput(null, form, unitId, Educator, clock.Today, answers), version > 0 ? version : null, cancellationToken);
        if (recorded.Failure is { } failure)
        {
            Show(failure);
            Chosen = (mine, instrument.Form);
            return Page();
        }

        Notice = $"Анкета «{instrument.Form.Title}» записана.";
        return RedirectToPage();
    }

    private bool Bind()
    {
        Educator = AccountClaims.EducatorOf(User) ?? string.Empty;
        return Educator.Length > 0 && AccountClaims.OrganizationOf(User) is not null;
    }

    private void Show(HostFailure failure)
    {
        foreach (var message in failure.Violations.Count > 0 ? failure.Violations.Select(v => v.Message) : failure.Errors.Count > 0 ? failure.Errors.SelectMany(e => e.Value) : [failure.Detail])
        {
            ModelState.AddModelError(string.Empty, message);
        }
    }

    private MyUnit? Find(string? organization, int year, string? unitId) =>
        Units.FirstOrDefault(u => u.Key.OrganizationId.Value == (organization ?? AccountClaims.OrganizationOf(User)) && u.Year == year && u.Unit.Id == unitId);

    private void Choose(string? organization, int? year, string? unit, string? form)
    {
        if (year is { } y && Find(organization, y, unit) is { } mine && mine.Forms.FirstOrDefault(f => f.Form.Code == form && f.Filled is null) is { } open)
        {
            Chosen = (mine, open.Form);
        }
    }

    // The educator's units: in their organisation as mentor or mentee; in another, as its registered external mentor.
    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var own = AccountClaims.OrganizationOf(User)!;
        var units = new List<MyUnit>();
        foreach (var organization in await organizations.ListAsync(cancellationToken))
        {
            foreach (var year in organization.Years)
            {
                var key = YearKeys.Parse(organization.Id, year, new InputErrors())!.Value;
                var register = (await pairing.GetAsync(key, cancellationToken)).Value;
                var external = organization.Id != own;
                if (register is null || (external && !(register.ExternalMentors ?? []).Any(m => m.Mentor == Educator && m.OrganizationId == own)))
                {
                    continue;
                }

                var mine = register.Units.Where(u => u.Mentor == Educator || (!external && u.Mentees.Contains(Educator))).ToList();
                if (mine.Count == 0)
                {
                    continue;
                }

                var listed = await programmes.ListAsync(key, cancellationToken);
                var names = await banks.NamesAsync(key, mine.SelectMany(u => u.Mentees.Append(u.Mentor)).ToHashSet(StringComparer.Ordinal), cancellationToken);
                var responses = (await monitoring.ResponsesAsync(key, cancellationToken)) is var r ? (r.Value ?? [], r.Version) : ([], 0);
                units.AddRange(mine.Select(u =>
                {
                    var isMentor = u.Mentor == Educator;
                    var forms = u.ActivatedOn is null
                        ? []
                        : MonitoringService.Instruments()
                            .Where(f => f.Role == (isMentor ? RespondentRole.Mentor : RespondentRole.Mentee) && f.Wave is SurveyWave.Entry or SurveyWave.Final)
                            .Select(f => new MyForm(f, responses.Item1.FirstOrDefault(x => x.ProgrammeId == u.Id && x.InstrumentCode == f.Code && x.Respondent == Educator)))
                            .ToArray();
                    return new MyUnit(key, year, external ? organization.ShortName : null, u, listed.Value?.FirstOrDefault(p => p.Unit == u.Id), listed.Version, isMentor, names, forms, responses.Item2);
                }));
            }
        }

        Units = units;
    }

    /// <summary>One of the educator's questionnaires for a unit, and their response if recorded.</summary>
    /// <param name="Form">The form.</param>
    /// <param name="Filled">The response, or null while not filled.</param>
    public sealed record MyForm(InstrumentView Form, ResponseRecord? Filled);

    /// <summary>One of the educator's units with its programme (if drafted) and questionnaires.</summary>
    /// <param name="Key">The organisation's year it belongs to.</param>
    /// <param name="Year">The year.</param>
    /// <param name="ExternalOrganization">The other organisation's short name when the educator leads it as an external mentor.</param>
    /// <param name="Unit">The unit.</param>
    /// <param name="Programme">Its programme.</param>
    /// <param name="Version">The version of the year's programmes (for the done mark).</param>
    /// <param name="IsMentor">Whether the educator is its mentor.</param>
    /// <param name="Names">The names of its people.</param>
    /// <param name="Forms">The educator's entry and final questionnaires (once the programme has started).</param>
    /// <param name="ResponsesVersion">The version of the year's questionnaire book.</param>
    public sealed record MyUnit(
        YearKey Key, int Year, string? ExternalOrganization, UnitView Unit, ProgrammeView? Programme, int Version, bool IsMentor,
        IReadOnlyDictionary<string, string> Names, IReadOnlyList<MyForm> Forms, int ResponsesVersion)
    {
        public string Name(string id) => Names.TryGetValue(id, out var name) ? name : id;
    }
}
