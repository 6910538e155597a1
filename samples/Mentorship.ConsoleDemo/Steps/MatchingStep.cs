using System.Globalization;
using Mentorship.Domain.Matching;
using Mentorship.Domain.People;
using Mentorship.SampleData.Year;
using NodaTime;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Steps;

/// <summary>
/// Roadmap item 2.4: the mentor bank is matched to the request list. The optimal matcher proposes the pairs, each
/// with its score explained; the mentees left without a pair get their reason (and support while the search goes on).
/// </summary>
internal sealed class MatchingStep : IDemoStep
{
    public string Title => "2.4. Подбор наставников по перечню запросов";

    /// <summary>The August matching, on the day the pairs are proposed.</summary>
    public DateInterval Span { get; } = new(PairingDemoData.ProposedOn, PairingDemoData.ProposedOn);

    public void Run(DemoState state, IAnsiConsole console)
    {
        var problem = MatchingProblem.FromBanks(state.MenteeBank, state.MentorBank, policy: MatchingPolicy.Default.WithGroupProposals(true));
        var result = problem.Solve();
        console.MarkupLine(
            $"Оптимальный подбор: подобраны наставники для [bold]{result.MatchedCount}[/] из {result.MenteeCount} наставляемых, "
            + $"суммарный балл [bold]{result.TotalScore}[/] (сначала — как можно больше пар, затем — наибольший балл).");

        var pairs = new Table().Title("Предлагаемые пары").AddColumns("Наставник", "Наставляемый", "Балл", "Закрытые запросы (вес × уровень)", "Бонусы", "Не закрыты");
        foreach (var a in result.Assignments)
        {
            var b = a.Breakdown;
            pairs.AddRow(
                Person(state.MentorBank.TryGet(a.Mentor, out var mentor) ? mentor.Educator : null, a.Mentor),
                Person(state.MenteeBank.TryGet(a.Mentee, out var mentee) ? mentee.Educator : null, a.Mentee),
                $"[bold]{a.Score}[/]",
                Markup.Escape(string.Join("; ", b.Covered.Select(c => $"{state.TopicTitle(c.Topic)} {c.Weight}×{c.Level}"))),
                Markup.Escape(Bonuses(b)),
                Markup.Escape(string.Join("; ", b.Uncovered.Select(state.TopicTitle))));
        }

        console.Write(pairs);
        foreach (var group in result.GroupProposals)
        {
            console.MarkupLine(
                $"[grey]Можно оформить группу: наставник {Markup.Escape(group.Mentor.Value)}, ключевой запрос «{Markup.Escape(state.TopicTitle(group.KeyRequest))}», "
                + $"наставляемые {Markup.Escape(string.Join(", ", group.Mentees))}.[/]");
        }

        if (result.Unmatched.Count > 0)
        {
            var unmatched = new Table().Title("Без пары: психолого-педагогическое сопровождение и продолжение поиска").AddColumns("Наставляемый", "Причина");
            foreach (var u in result.Unmatched)
            {
                unmatched.AddRow(
                    Person(state.MenteeBank.TryGet(u.Mentee, out var mentee) ? mentee.Educator : null, u.Mentee),
                    Markup.Escape(Reason(u)));
            }

            console.Write(unmatched);
        }

        // "Why is X not the mentor of Y?" for the weakest pair and the mentor who would score best for that mentee.
        var weakest = result.Assignments.OrderBy(a => a.Score).ThenBy(a => a.Mentee).FirstOrDefault();
        var asked = weakest is null ? null : problem.FindMentee(weakest.Mentee);
        var rival = asked is null
            ? null
            : problem.Mentors.Where(m => m.Id != weakest!.Mentor).OrderByDescending(m => MatchingScore.Of(m, asked)).ThenBy(m => m.Id).FirstOrDefault();
        if (weakest is not null && rival is not null)
        {
            var why = result.Explain(rival.Id, weakest.Mentee);
            console.MarkupLine(
                $"Почему {Markup.Escape(rival.Id.Value)} не наставник {Markup.Escape(weakest.Mentee.Value)}? " + Markup.Escape(WhyNot(why, result)));
        }
    }

    private static string Person(Educator? educator, EducatorId id) =>
        educator is null ? id.Value : $"{id.Value} {Markup.Escape(educator.PersonalData.FullName)}";

    private static string Bonuses(ScoreBreakdown b) =>
        string.Join(", ", new[] { b.SubjectBonus > 0 ? $"предмет +{b.SubjectBonus}" : null, b.OrganizationBonus > 0 ? $"организация +{b.OrganizationBonus}" : null }.OfType<string>());

    private static string Reason(UnmatchedMentee u) => u.Reason switch
    {
        UnmatchedReason.NoMentorCoversRequests => "ни один наставник не владеет ни одной из запрошенных тем",
        UnmatchedReason.NoEligibleMentor => "наставники, владеющие темами, исключены правилами (конфликт интересов, минимальный балл)",
        _ => $"все подходящие наставники заняты: {string.Join(", ", u.FullMentors)}",
    };

    private static string WhyNot(PairExplanation why, MatchingResult result) => why.Verdict switch
    {
        PairVerdict.Ineligible => "Пара недопустима: " + string.Join(" ", why.Violations.Select(v => $"{v.Message} ({v.Code})")),
        PairVerdict.LeftOutOfOptimum =>
            $"Пара допустима (балл {why.Score.Total}), но у наставника уже {string.Join(", ", why.MentorsMentees)}; "
            + $"если назначить её принудительно: пар {why.ForcedMatchedCount} вместо {result.MatchedCount}, "
            + $"балл {why.ForcedTotalScore?.ToString(CultureInfo.InvariantCulture)} вместо {result.TotalScore}.",
        _ => why.Message,
    };
}
