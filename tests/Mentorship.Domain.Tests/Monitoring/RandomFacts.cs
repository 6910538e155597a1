using CsCheck;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Tests.Monitoring;

/// <summary>
/// A CsCheck generator of small but varied monitoring facts over three organisations and twenty people, 2024–2028:
/// employments, bank memberships, programmes with replacements, plans and mentees who joined late or left early,
/// responses, roadmap items and achievements.
/// Generated numbers that would break a fact's invariants are mended, not rejected, so every sample is usable.
/// </summary>
internal static class RandomFacts
{
    public static readonly OrganizationId[] Orgs = [FactBuilders.OrgA, FactBuilders.OrgB, OrganizationId.From("org-c")];
    private static readonly LocalDate Origin = new(2024, 1, 1);

    private static readonly Gen<(int Person, int Org, int From, int Length, int Young)> GenStaff =
        from p in Gen.Int[0, 19]
        from o in Gen.Int[0, 2]
        from first in Gen.Int[0, 1200]
        from length in Gen.Int[-1, 1200]
        from young in Gen.Int[-1, 2500]
        select (p, o, first, length, young);

    private static readonly Gen<(int Person, int Org, int From, int Length, int Capacity)> GenBank =
        from p in Gen.Int[0, 19]
        from o in Gen.Int[0, 2]
        from first in Gen.Int[0, 1200]
        from length in Gen.Int[0, 500]
        from capacity in Gen.Int[1, 3]
        select (p, o, first, length, capacity);

    private static readonly Gen<(int Who, int Wave, int Day, int[] Scores)> GenResponse =
        from who in Gen.Int[0, 2]
        from wave in Gen.Int[1, 3]
        from day in Gen.Int[-30, 400]
        from scores in Gen.Int[1, 10].Array[0, 3]
        select (who, wave, day, scores);

    private static readonly Gen<Programme> GenProgramme =
        from o in Gen.Int[0, 2]
        from form in Gen.Int[1, 9]
        from mentor in Gen.Int[0, 19]
        from mentees in Gen.Int[0, 19].Array[1, 3]
        from start in Gen.Int[0, 1200]
        from closure in Gen.Int[0, 3]
        from length in Gen.Int[0, 400]
        from replacement in Gen.Int[-1, 19]
        from replacementDay in Gen.Int[1, 300]
        from plan in Gen.Select(Gen.Int[-30, 400], Gen.Int[-1, 400]).Array[0, 4]
        from responses in GenResponse.Array[0, 4]
        from spans in Gen.Select(Gen.Int[-3, 300], Gen.Int[-3, 300]).Array[3]
        select new Programme(o, form, mentor, mentees, start, closure, length, replacement, replacementDay, plan, responses, spans);

    private static readonly Gen<(int Org, int Activity, int Start, int Length, int Done)> GenRoadmap =
        from o in Gen.Int[0, 2]
        from activity in Gen.Int[0, 4]
        from start in Gen.Int[0, 1200]
        from length in Gen.Int[0, 200]
        from done in Gen.Int[-1, 300]
        select (o, activity, start, length, done);

    /// <summary>Facts and a period to compute them for.</summary>
    public static readonly Gen<(MonitoringFacts Facts, DateInterval Period)> FactsAndPeriod =
        from staff in GenStaff.Array[0, 25]
        from banks in GenBank.Array[0, 10]
        from programmes in GenProgramme.Array[0, 12]
        from roadmap in GenRoadmap.Array[0, 10]
        from achievements in Gen.Select(Gen.Int[0, 19], Gen.Int[0, 1500], Gen.Int[1, 4]).Array[0, 10]
        from periodStart in Gen.Int[0, 1300]
        from periodLength in Gen.Int[0, 500]
        select (Build(staff, banks, programmes, roadmap, achievements), new DateInterval(Day(periodStart), Day(periodStart + periodLength)));

    private static LocalDate Day(int offset) => Origin.PlusDays(offset);

    private static EducatorId Person(int i) => EducatorId.From($"E{i:00}");

    private static MonitoringFacts Build(
        (int Person, int Org, int From, int Length, int Young)[] staff,
        (int Person, int Org, int From, int Length, int Capacity)[] banks,
        Programme[] programmes,
        (int Org, int Activity, int Start, int Length, int Done)[] roadmap,
        (int Person, int Day, int Kind)[] achievements)
    {
        var b = new MonitoringFactsBuilder();
        foreach (var s in staff)
        {
            b.Add(new EducatorFact(Person(s.Person), Orgs[s.Org], Day(s.From), s.Length < 0 ? null : Day(s.From + s.Length), s.Young < 0 ? null : Day(s.Young)));
        }

        foreach (var bank in banks)
        {
            b.Add(new MenteeBankFact(Person(bank.Person), Orgs[bank.Org], 2024, Day(bank.From), Day(bank.From + bank.Length)));
            b.Add(new MentorBankFact(Person((bank.Person + 7) % 20), Orgs[bank.Org], 2024, Day(bank.From), Day(bank.From + bank.Length), bank.Capacity));
        }

        var n = 0;
        foreach (var p in programmes)
        {
            var mentees = p.Mentees.Where(m => m != p.Mentor).Distinct().Select(Person).ToArray();
            if (mentees.Length == 0)
            {
                continue;
            }

            var id = $"P{n++}";
            var start = Day(p.Start);
            LocalDate? closedOn = p.Closure == 0 ? null : start.PlusDays(p.Length);
            var replacements = new List<MentorReplacementFact>();
            var replacementOn = start.PlusDays(p.ReplacementDay);
            if (p.Replacement >= 0 && p.Replacement != p.Mentor && !mentees.Contains(Person(p.Replacement)) && (closedOn is null || replacementOn <= closedOn))
            {
                replacements.Add(new MentorReplacementFact(replacementOn, Person(p.Replacement)));
            }

            var plan = p.Plan.Select((x, i) => new PlanItemFact($"i{i}", start.PlusDays(x.Item1), x.Item2 < 0 ? null : start.PlusDays(x.Item2))).ToArray();
            var programme = new ProgrammeFact(
                id, Orgs[p.Org], (MentorshipForm)p.Form, Person(p.Mentor), mentees, start, start.PlusDays(p.Length), closedOn,
                p.Closure == 0 ? null : (ProgrammeClosure)p.Closure, replacements, plan, menteeSpans: Spans(mentees, p.Spans, start, closedOn));
            b.Add(programme);
            var r = 0;
            foreach (var x in p.Responses)
            {
                var role = (RespondentRole)(x.Who + 1);
                var respondent = role switch
                {
                    RespondentRole.Mentee => mentees[0],
                    RespondentRole.Mentor => p.Mentor < 0 ? mentees[0] : Person(p.Mentor),
                    _ => EducatorId.From("coordinator"),
                };
                var wave = (SurveyWave)x.Wave;
                var codes = new[] { "x", "y", "z" };
                var outcome = QuestionnaireResponse.Create(
                    $"{id}-r{r++}",
                    FactBuilders.Instruments.Find(role, wave)!,
                    programme.Id,
                    respondent,
                    start.PlusDays(x.Day),
                    x.Scores.Select((s, i) => QuestionnaireAnswer.ForScale(codes[i], s)));
                b.Add(outcome.Value);
            }
        }

        var i = 0;
        foreach (var item in roadmap)
        {
            var start = Day(item.Start);
            b.Add(new RoadmapItemFact(Orgs[item.Org], $"{item.Activity + 1}.1", $"w{i++}", "Мероприятие", start, start.PlusDays(item.Length), item.Done < 0 ? null : start.PlusDays(item.Done)));
        }

        foreach (var a in achievements)
        {
            b.Add(new AchievementFact(Person(a.Person), Day(a.Day), (AchievementKind)a.Kind));
        }

        return b.Build();
    }

    /// <summary>
    /// Each mentee's days: a negative join offset means from the start, a negative stay means to the programme's last
    /// day (about half the mentees keep the whole programme); a span past the closing day is cut to it.
    /// </summary>
    private static IEnumerable<MenteeSpanFact> Spans(EducatorId[] mentees, (int Join, int Stay)[] spans, LocalDate start, LocalDate? closedOn)
    {
        for (var i = 0; i < mentees.Length; i++)
        {
            var (join, stay) = spans[i];
            var from = join < 0 ? start : start.PlusDays(join);
            if (closedOn is { } closed && from > closed)
            {
                from = start;
            }

            LocalDate? through = stay < 0 ? null : from.PlusDays(stay);
            if (closedOn is { } last && through > last)
            {
                through = null;
            }

            yield return new MenteeSpanFact(mentees[i], from, through);
        }
    }

    private sealed record Programme(
        int Org, int Form, int Mentor, int[] Mentees, int Start, int Closure, int Length, int Replacement, int ReplacementDay,
        (int, int)[] Plan, (int Who, int Wave, int Day, int[] Scores)[] Responses, (int Join, int Stay)[] Spans);
}
