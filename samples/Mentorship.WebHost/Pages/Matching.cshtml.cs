using Mentorship.Domain.Matching;
using Mentorship.WebHost.Application;
using Mentorship.WebHost.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace Mentorship.WebHost.Pages;

/// <summary>The matching proposal (roadmap item 2.4) with each pair's score explained, the mentees left out with reasons, and "why not?".</summary>
public sealed class MatchingModel(MatchingService matching, BankService banks) : YearPage
{
    public MatchingView? Proposal { get; private set; }

    public PairExplanationView? WhyNot { get; private set; }

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<string> MentorIds { get; private set; } = [];

    public IReadOnlyList<string> MenteeIds { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public MatchingMode Mode { get; set; } = MatchingMode.Optimal;

    [BindProperty(SupportsGet = true)]
    public string? Mentor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Mentee { get; set; }

    /// <summary>The titles of the year's topics by code (the mentee bank's catalogue).</summary>
    public IReadOnlyDictionary<string, string> TopicTitles { get; private set; } = new Dictionary<string, string>();

    public string Name(string id) => Names.TryGetValue(id, out var name) ? $"{id} {name}" : id;

    /// <summary>A topic as people read it: its title in the catalogue, or its code if the catalogue lacks it.</summary>
    public string Topic(string code) => TopicTitles.TryGetValue(code, out var title) ? title : code;

    public async Task<IActionResult> OnGetAsync(string organizationId, int year, CancellationToken cancellationToken)
    {
        if (ReadKey(organizationId, year) is not { } key)
        {
            return NotFound();
        }

        var query = new MatchingQuery(Mode, null, true);
        var proposal = await matching.ProposeAsync(key, query, cancellationToken);
        if (proposal.Failure is { } failure)
        {
            return failure.Kind == FailureKind.NotFound ? NotFound() : BadRequest();
        }

        Proposal = proposal.Value;
        var mentees = (await banks.GetMenteeBankAsync(key, cancellationToken)).Value;
        var mentors = (await banks.GetMentorBankAsync(key, cancellationToken)).Value;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in mentees?.Entries ?? [])
        {
            names[e.Id] = e.FullName;
        }

        foreach (var e in mentors?.Entries ?? [])
        {
            names[e.Id] = e.FullName;
        }

        Names = names;
        TopicTitles = (mentees?.Topics ?? []).ToDictionary(t => t.Code, t => t.Title, StringComparer.Ordinal);
        MentorIds = mentors?.Entries.Select(e => e.Id).ToArray() ?? [];
        MenteeIds = mentees?.Entries.Select(e => e.Id).ToArray() ?? [];
        if (!string.IsNullOrWhiteSpace(Mentor) && !string.IsNullOrWhiteSpace(Mentee))
        {
            var why = await matching.ExplainAsync(key, Mentor, Mentee, query, cancellationToken);
            if (why.Failure is { } problem)
            {
                ModelState.AddModelError(string.Empty, problem.Detail);
            }

            WhyNot = why.Value;
        }

        return Page();
    }
}
