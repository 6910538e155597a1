using Mentorship.Domain.Calendar;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.InformationSupport;
using Mentorship.Domain.Monitoring.Practices;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using Mentorship.Domain.Roadmap;
using Mentorship.SampleData;
using NodaTime;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Steps;

/// <summary>
/// The monitoring step's data. Real: the demo's banks, the pairing step's register and personalised programme
/// (<see cref="DemoState.Pairing"/>, <see cref="DemoState.Programmes"/>), the seed's roadmap really scheduled; they
/// reach monitoring through the core's adapters. DEMO DATA, generated here with a fixed seed and kept apart: the rest
/// of the school year (the pairs complete on 31 May; the programme's remaining plan lines are marked), last year's
/// cohort, plans for pairs the pairing step drew no programme for, the questionnaire answers, achievements, roadmap
/// progress, coverage, practices, and two neighbouring organisations.
/// </summary>
internal static class MonitoringDemoData
{
    public const string Municipality = "Иловлинский муниципальный район";

    /// <summary>The school year of this year's pairs: the period the reports cover.</summary>
    public static readonly DateInterval SchoolYear = new(new LocalDate(DemoData.Year, 9, 1), new LocalDate(DemoData.Year + 1, 5, 31));

    private static readonly DateInterval LastYear = new(new LocalDate(DemoData.Year - 1, 9, 1), new LocalDate(DemoData.Year, 5, 29));
    private static readonly IWorkingDayCalendar Calendar = RussianProductionCalendar.Default.WithUnknownYearPolicy(UnknownYearPolicy.LabourCodeOnly);

    private static readonly EducatorId Coordinator = EducatorId.From("T01");

    private static readonly string[] Opinions =
    [
        "Разбор занятий вместе с наставником", "Помощь в подготовке к открытому занятию", "Работа с родителями",
        "Больше встреч в начале года", "Нужно больше практики", "Планирование занятий по неделям",
    ];

    /// <summary>Builds the demo's monitoring data; runs the banks and pairing steps first (silently) if they have not run.</summary>
    public static MonitoringDemo Build(DemoState state)
    {
        var silent = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });
        if (state.MenteeBank.Count == 0)
        {
            new BanksStep().Run(state, silent);
        }

        if (state.Pairing is null)
        {
            new PairingStep().Run(state, silent);
        }

        var org = state.Organization.Id;
        var rng = new Random(DemoData.Year);
        var register = state.Pairing!;
        RestOfTheYear(state, register);
        var names = new Dictionary<EducatorId, string>();
        var builder = new MonitoringFactsBuilder().Add(state.MenteeBank).Add(state.MentorBank);
        foreach (var educator in state.MenteeBank.Entries.Select(e => e.Educator).Concat(state.MentorBank.Entries.Select(e => e.Educator)).DistinctBy(e => e.Id))
        {
            builder.AddStaff(educator, educator.TeachingSince ?? new LocalDate(DemoData.Year, 9, 1));
            names[educator.Id] = educator.PersonalData.FullName;
        }

        // Staff who take no part in mentoring, and last year's mentee who left on 30 June (generated).
        for (var i = 1; i <= 12; i++)
        {
            builder.Add(new EducatorFact(EducatorId.From($"C{i:00}"), org, new LocalDate(2010 + i, 9, 1)));
        }

        builder.Add(new EducatorFact(EducatorId.From("C13"), org, new LocalDate(DemoData.Year - 2, 9, 1), new LocalDate(DemoData.Year, 6, 30), new LocalDate(2030, 1, 1)));

        // The real register and programme through the core's adapter; generated plans where no programme was drawn up.
        var programmes = state.Programmes.ToDictionary(p => p.UnitId);
        var previous = PreviousYear(org);
        var planned = new Dictionary<MentoringUnitId, PlanItemFact[]>();
        IEnumerable<PlanItemFact> PlanOf(PairingRegister r, MentoringUnitId id) =>
            programmes.TryGetValue(id, out var real) ? PlanItemFact.From(real)
            : planned.TryGetValue(id, out var made) ? made
            : planned[id] = Plan(r[id], rng);
        builder.Add(previous, id => PlanOf(previous, id)).Add(register, id => PlanOf(register, id));
        var started = new MonitoringFactsBuilder().Add(previous, id => PlanOf(previous, id)).Add(register, id => PlanOf(register, id)).Build().Programmes;
        foreach (var response in Responses(started, rng))
        {
            builder.Add(response);
        }

        builder.Add(new AchievementFact(EducatorId.From("S01"), new LocalDate(DemoData.Year + 1, 3, 12), AchievementKind.OpenLesson, "Открытое занятие «Танцевальный этюд»"));
        builder.Add(new AchievementFact(EducatorId.From("S03"), new LocalDate(DemoData.Year + 1, 2, 10), AchievementKind.Contest, "Муниципальный конкурс «Педагогический дебют»"));
        builder.Add(new AchievementFact(EducatorId.From("S09"), new LocalDate(DemoData.Year + 1, 4, 6), AchievementKind.Publication, "Статья о туристском походе с детьми"));

        var roadmapItems = Roadmap(builder, org);
        var practices = Practices(org, started);
        var coverage = Coverage(org, roadmapItems);
        var neighbours = NeighbourOrganizations.AddTo(builder, SchoolYear, DemoData.Year + 100);
        return new MonitoringDemo(
            builder.Build(),
            SchoolYear,
            practices,
            coverage,
            Municipality,
            [state.Organization, .. neighbours.Select(n => n.Organization)],
            neighbours.Select(n => n.Practices).ToArray(),
            neighbours.Select(n => n.Coverage).ToArray(),
            names);
    }

    /// <summary>
    /// DEMO DATA: the rest of the school year after the pairing step. The programme's plan lines are marked done on their
    /// dates (one stays open), and every pair or group still running completes on 31 May, the weakest match with its goal
    /// reached in part.
    /// </summary>
    private static void RestOfTheYear(DemoState state, PairingRegister register)
    {
        foreach (var programme in state.Programmes)
        {
            for (var n = 1; n <= programme.Plan.Count; n++)
            {
                var line = programme.Plan[n - 1];
                if (!line.IsDone && line.Date <= SchoolYear.End && n != programme.Plan.Count - 1)
                {
                    programme.MarkDone(n, line.Date);
                }
            }
        }

        var running = register.Units.Where(u => u.Status == MentoringUnitStatus.Active).ToArray();
        var partly = running.OrderBy(u => u.MatchScore ?? int.MaxValue).ThenBy(u => u.Id).FirstOrDefault();
        foreach (var unit in running)
        {
            Require(register.Complete(unit.Id, SchoolYear.End, unit == partly ? MentoringOutcome.PartlyAchieved : MentoringOutcome.Achieved));
        }
    }

    /// <summary>Last year's cohort, by hand: three pairs, completed at the end of May (the pairing step consults it too).</summary>
    public static PairingRegister PreviousYear(OrganizationId org)
    {
        var register = PairingRegister.Open(org, DemoData.Year - 1, Calendar);
        var units = new[] { ("T06", "S04"), ("T02", "S10"), ("T05", "C13") }
            .Select(p => Propose(register, PairProposal.Pair(EducatorId.From(p.Item1), EducatorId.From(p.Item2), LastYear), LastYear.Start.PlusDays(-12)))
            .ToArray();
        FixAndStart(register, units, "61-од", LastYear.Start);
        var outcomes = new[] { MentoringOutcome.Achieved, MentoringOutcome.Achieved, MentoringOutcome.PartlyAchieved };
        for (var i = 0; i < units.Length; i++)
        {
            Require(register.Complete(units[i].Id, LastYear.End, outcomes[i]));
        }

        return register;
    }

    private static MentoringUnit Propose(PairingRegister register, PairProposal proposal, LocalDate on)
    {
        var outcome = register.Propose(proposal, on);
        return outcome.IsProposed ? outcome.Unit : throw new InvalidOperationException($"Demo data: the proposal was refused: {(outcome.IsRejected ? outcome.Rejection : outcome.Acknowledgement)}");
    }

    private static void FixAndStart(PairingRegister register, MentoringUnit[] units, string orderNumber, LocalDate start)
    {
        var signedOn = start.PlusDays(-8);
        foreach (var unit in units)
        {
            Require(register.RecordMentorAgreement(unit.Id, Agreement(unit.Period, unit.Form, signedOn)));
            foreach (var mentee in unit.Mentees)
            {
                Require(register.RecordMenteeConsent(unit.Id, mentee, new MenteeConsent(signedOn, "заявление")));
            }
        }

        var order = register.IssueFixingOrder(new OrderReference(orderNumber, start.PlusDays(-4)), units.Select(u => u.Id));
        if (!order.IsAccepted)
        {
            throw new InvalidOperationException($"Demo data: the order was refused: {order.Rejection}");
        }

        foreach (var unit in units)
        {
            Require(register.Activate(unit.Id, start));
        }
    }

    private static MentoringConsent Agreement(DateInterval period, MentorshipForm form, LocalDate signedOn) =>
        new(signedOn, "наставничество над педагогическим работником по персонализированной программе", period, form, new PayTerms(3000m, "ежемесячная доплата 3000 руб."), "ДС-" + signedOn.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static void Require(Mentorship.Domain.Common.CommandResult result)
    {
        if (!result.IsAccepted)
        {
            throw new InvalidOperationException($"Demo data: a command was refused: {result.Rejection}");
        }
    }

    private static void Require<T>(Mentorship.Domain.Common.Outcome<T> result)
    {
        if (!result.IsAccepted)
        {
            throw new InvalidOperationException($"Demo data: a command was refused: {result.Rejection}");
        }
    }

    /// <summary>A monthly plan from October to April, mostly done on time, a few late or open.</summary>
    private static PlanItemFact[] Plan(MentoringUnit unit, Random rng)
    {
        var first = unit.Period.Start;
        var items = new List<PlanItemFact>();
        for (var month = 1; month <= 7; month++)
        {
            var due = new LocalDate(first.Year, first.Month, 15).PlusMonths(month);
            if (due > unit.Period.End)
            {
                break;
            }

            var roll = rng.Next(10);
            LocalDate? done = roll < 7 ? due.PlusDays(-rng.Next(5)) : roll < 9 ? due.PlusDays(3 + rng.Next(10)) : null;
            items.Add(new PlanItemFact(month.ToString(System.Globalization.CultureInfo.InvariantCulture), due, done));
        }

        return [.. items];
    }

    /// <summary>Entry answers in September (expectations, 4–8), final answers in late May (6–10), the coordinator's final assessment.</summary>
    private static IEnumerable<QuestionnaireResponse> Responses(IEnumerable<ProgrammeFact> programmes, Random rng)
    {
        var forms = RussianInstruments.Default;
        var n = 0;
        foreach (var p in programmes)
        {
            var people = p.Mentees.Select(m => (Id: m, Role: RespondentRole.Mentee)).Append((Id: p.Mentor, Role: RespondentRole.Mentor)).ToArray();
            foreach (var (id, role) in people)
            {
                yield return Answer(forms.Find(role, SurveyWave.Entry)!, p, id, p.Start.PlusDays(9), 4, 8);
                if (p.Closure is ProgrammeClosure.CompletedDone or ProgrammeClosure.CompletedNotDone)
                {
                    var respondent = role == RespondentRole.Mentor ? p.MentorOn(p.ClosedOn!.Value) : id;
                    yield return Answer(forms.Find(role, SurveyWave.Final)!, p, respondent, p.ClosedOn!.Value.PlusDays(-6), 6, 10);
                }
            }

            if (p.Closure is ProgrammeClosure.CompletedDone or ProgrammeClosure.CompletedNotDone)
            {
                // The coordinator is the deputy head T01 (the seed's «заместитель директора по УВР»), unless T01 is in the pair.
                var coordinator = p.HasMentor(Coordinator) || p.HasMentee(Coordinator) ? EducatorId.From("C01") : Coordinator;
                yield return Answer(forms.Find(RespondentRole.Coordinator, SurveyWave.Final)!, p, coordinator, p.ClosedOn!.Value.PlusDays(-3), 6, 10);
            }
        }

        QuestionnaireResponse Answer(QuestionnaireInstrument form, ProgrammeFact p, EducatorId who, LocalDate on, int low, int high)
        {
            var answers = form.Items.Select(i => i.Kind switch
            {
                QuestionKind.Scale => QuestionnaireAnswer.ForScale(i.Code, rng.Next(low, high + 1)),
                QuestionKind.YesNo => QuestionnaireAnswer.ForYesNo(i.Code, rng.Next(5) > 0),
                _ => QuestionnaireAnswer.ForOpen(i.Code, Opinions[rng.Next(Opinions.Length)]),
            });
            var outcome = QuestionnaireResponse.Create($"A{++n:000}", form, p, who, on, answers);
            return outcome.IsAccepted ? outcome.Value : throw new InvalidOperationException($"Demo data: a response was refused: {outcome.Rejection}");
        }
    }

    /// <summary>The seed's roadmap for both calendar years of the school year; what was due by the end of May is mostly done on time.</summary>
    private static List<RoadmapItemFact> Roadmap(MonitoringFactsBuilder builder, OrganizationId org)
    {
        var roadmap = RoadmapTableImporter.Import(SeedRoadmap.Text).Roadmap;
        var items = new List<RoadmapItemFact>();
        foreach (var year in new[] { DemoData.Year, DemoData.Year + 1 })
        {
            var schedule = new RoadmapScheduler(Calendar).Schedule(roadmap, year);
            var progress = RoadmapProgress.Empty;
            foreach (var item in schedule.Items.Where(i => i.Due <= SchoolYear.End))
            {
                // The analytical report (3.2) was handed in late; the spring's copilka entry (3.1/3) is still open.
                progress = item.Id switch
                {
                    "3.2/1" or "3.2/0" => progress.WithDone(item.Id, item.Due.PlusDays(9)),
                    "3.1/3" when year == DemoData.Year + 1 => progress,
                    _ => progress.WithDone(item.Id, item.Due.PlusDays(-3)),
                };
            }

            var part = new MonitoringFactsBuilder().Add(org, schedule, progress).Build().RoadmapItems;
            foreach (var item in part)
            {
                builder.Add(item);
                items.Add(item);
            }
        }

        return items;
    }

    /// <summary>Practices proposed in April; the final event of 23 April chooses two.</summary>
    private static PracticeCollection Practices(OrganizationId org, IReadOnlyList<ProgrammeFact> programmes)
    {
        var collection = PracticeCollection.Open(org);
        var done = programmes.Where(p => p.Closure == ProgrammeClosure.CompletedDone && p.Start >= SchoolYear.Start).Take(3).ToArray();
        var titles = new[]
        {
            ("Кейс «Первое родительское собрание в объединении»", PracticeKind.Case),
            ("План открытого занятия с разбором ошибок", PracticeKind.LessonPlan),
            ("Приём «Разбор занятия за десять минут»", PracticeKind.Method),
        };
        for (var i = 0; i < done.Length; i++)
        {
            var author = i % 2 == 0 ? done[i].Mentees[0] : done[i].Mentor;
            collection.Propose(new PracticeProposal($"П-{i + 1}", titles[i].Item1, titles[i].Item2, author), done[i], new LocalDate(DemoData.Year + 1, 4, 10 + i));
        }

        collection.HoldFinalEvent(new LocalDate(DemoData.Year + 1, 4, 23), "Итоговая педагогическая мастерская наставников", collection.Practices.Take(2).Select(p => p.Id));
        return collection;
    }

    /// <summary>Coverage of the events done by the end of May: the website always, social networks mostly, the municipal level twice.</summary>
    private static InformationSupportLog Coverage(OrganizationId org, IReadOnlyList<RoadmapItemFact> items)
    {
        var log = InformationSupportLog.Open(org);
        var n = 0;
        foreach (var item in items.Where(i => i.DoneOn is { } d && d <= SchoolYear.End && i.Due >= SchoolYear.Start))
        {
            var on = item.DoneOn!.Value > item.Start ? item.DoneOn.Value : item.Start;
            log.Record(item, CoverageChannel.Website, on, $"https://cdt-ilovlya.example/news/{++n}");
            if (n % 4 != 0)
            {
                log.Record(item, CoverageChannel.SocialNetwork, on, $"https://vk.example/cdt_ilovlya?w=wall-{n}");
            }

            if (n % 5 == 1)
            {
                log.Record(item, CoverageChannel.Municipal, on.PlusDays(2), "сайт отдела образования администрации района");
            }
        }

        return log;
    }
}
