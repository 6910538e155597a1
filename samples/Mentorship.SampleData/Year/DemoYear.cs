using Mentorship.Domain.Banks;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Common;
using Mentorship.Domain.Matching;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.InformationSupport;
using Mentorship.Domain.Monitoring.LocalActs;
using Mentorship.Domain.Monitoring.Practices;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.Pairing.Support;
using Mentorship.Domain.People;
using Mentorship.Domain.Roadmap;
using NodaTime;
using static Mentorship.SampleData.Year.PairingDemoData;

namespace Mentorship.SampleData.Year;

/// <summary>
/// The demo institution's mentorship year as it is lived, played through the core's own commands up to a given
/// "today": an event dated after today has not happened yet. The one script of the demo year: the console demo plays
/// it to the end of the school year (printing as it goes), the web host's demo seed plays it to its demo date and
/// stores what it holds. Played to the same date, both hold the same facts and so the same indicators.
/// </summary>
/// <remarks>
/// <para>Stages, in order (<see cref="Play"/> runs them all): the banks (20 May), the August matching and proposals,
/// agreements and consents, the fixing order and the start on 1 September, a programme for every pair and group, support
/// for the mentee left without a pair, a new hire joining a group (October), an early end (notice 30 October), the
/// continued search with a mentor who comes in November, a mentor replacement (notice 11 January), and
/// <see cref="Finish"/>: plan lines marked done, completion on 31 May, questionnaire waves, achievements, the mentors'
/// training (item 2.3), the local acts of activity 1.1, roadmap progress, practices and the information-support log.</para>
/// <para>What is generated (plan marks, questionnaire answers) comes from one random stream per item
/// (<see cref="DemoRandom"/>), so that the year played to any date is the whole year cut at that date.</para>
/// </remarks>
public sealed class DemoYear
{
    /// <summary>The municipality of the demo institution and its neighbours.</summary>
    public const string Municipality = "Иловлинский муниципальный район";

    private static readonly EducatorId S01 = EducatorId.From("S01");
    private static readonly EducatorId S03 = EducatorId.From("S03");
    private static readonly EducatorId S07 = EducatorId.From("S07");
    private static readonly EducatorId T01 = EducatorId.From("T01");
    private static readonly EducatorId T04 = EducatorId.From("T04");
    private static readonly EducatorId T07 = EducatorId.From("T07");
    private static readonly EducatorId T02 = EducatorId.From("T02");
    private static readonly EducatorId T08 = EducatorId.From("T08");
    private static readonly IWorkingDayCalendar RoadmapCalendar = RussianProductionCalendar.Default.WithUnknownYearPolicy(UnknownYearPolicy.LabourCodeOnly);
    private static readonly DateInterval LastYear = new(new LocalDate(DemoData.Year - 1, 9, 1), new LocalDate(DemoData.Year, 5, 29));

    private static readonly string[] Opinions =
    [
        "Разбор занятий вместе с наставником", "Помощь в подготовке к открытому занятию", "Работа с родителями",
        "Больше встреч в начале года", "Нужно больше практики", "Планирование занятий по неделям",
    ];

    private readonly Dictionary<int, RoadmapProgress> _roadmapProgress = [];
    private MentoringUnit? _lateUnit;

    private DemoYear(LocalDate today)
    {
        Today = today;
        MenteeBank = MenteeBank.Open(DemoData.OrganizationId, DemoData.Year);
        MentorBank = MentorBank.Open(DemoData.OrganizationId, DemoData.Year);
        PreviousPairing = PreviousYear();
        Roadmap = RoadmapTableImporter.Import(SeedRoadmap.Text).Roadmap;
    }

    /// <summary>
    /// The web host's default demo date, Friday 15 January of the school year: the pairs run, one has ended early, a
    /// replacement notice runs, a programme waits for approval, and every indicator K1–K12 has data.
    /// </summary>
    public static LocalDate DefaultToday { get; } = new(DemoData.Year + 1, 1, 15);

    /// <summary>The last day of the demo's school year (31 May), the date the console demo plays to.</summary>
    public static LocalDate LastDay => SchoolYear.End;

    /// <summary>The date the year is played to; nothing dated later has happened.</summary>
    public LocalDate Today { get; }

    /// <summary>The demo institution.</summary>
    public static Organization Organization => DemoData.Organization;

    /// <summary>The intake year.</summary>
    public static int Year => DemoData.Year;

    /// <summary>The mentee bank (item 2.1).</summary>
    public MenteeBank MenteeBank { get; }

    /// <summary>The mentor bank (item 2.2).</summary>
    public MentorBank MentorBank { get; }

    /// <summary>The August matching, once <see cref="ProposePairs"/> has run on or after its date.</summary>
    public MatchingResult? Matching { get; private set; }

    /// <summary>This year's register of pairs and groups, opened by <see cref="ProposePairs"/>.</summary>
    public PairingRegister? Pairing { get; private set; }

    /// <summary>Last year's register: three pairs, completed at the end of May (the retention indicator K8 reads them).</summary>
    public PairingRegister PreviousPairing { get; }

    /// <summary>The personalised programmes, one per pair or group.</summary>
    public List<PersonalizedProgram> Programmes { get; } = [];

    /// <summary>The support plans of mentees left without a pair.</summary>
    public List<SupportPlan> SupportPlans { get; } = [];

    /// <summary>This year's questionnaire responses (entry and final waves) answered by today.</summary>
    public List<QuestionnaireResponse> Responses { get; } = [];

    /// <summary>Last year's questionnaire responses.</summary>
    public List<QuestionnaireResponse> PreviousResponses { get; } = [];

    /// <summary>The staff list: everyone in the banks (hired when they started teaching), the others, last year's mentee who left.</summary>
    public List<EducatorFact> Staff { get; } = [];

    /// <summary>Mentees' achievements (an open lesson, a contest, a publication) dated by today.</summary>
    public List<AchievementFact> Achievements { get; } = [];

    /// <summary>The seed's roadmap (order of 30.04.2022 № 88).</summary>
    public MentorshipRoadmap Roadmap { get; }

    /// <summary>
    /// The institution's local acts (activity 1.1 of the seed's roadmap and the website section), registered by
    /// <see cref="Finish"/>; the fixing order is the pairing register's and joins the checklist by itself.
    /// </summary>
    public LocalActRegister LocalActs { get; } = LocalActRegister.Open(DemoData.OrganizationId);

    /// <summary>The roadmap's work recorded done, by calendar year (the school year spans two).</summary>
    public IReadOnlyDictionary<int, RoadmapProgress> RoadmapProgress => _roadmapProgress;

    /// <summary>The collection of practices (proposed in April, chosen at the final event).</summary>
    public PracticeCollection Practices { get; } = PracticeCollection.Open(DemoData.OrganizationId);

    /// <summary>The information-support log: the events done, on the website, social networks, the municipal level.</summary>
    public InformationSupportLog Coverage { get; } = InformationSupportLog.Open(DemoData.OrganizationId);

    /// <summary>The school year of this year's pairs, 1 September – 31 May.</summary>
    public static DateInterval SchoolYear => PairingDemoData.SchoolYear;

    /// <summary>The school year from its start to today (or the whole school year once it is over).</summary>
    public DateInterval SchoolYearSoFar => new(SchoolYear.Start, LocalDate.Max(SchoolYear.Start, LocalDate.Min(Today, SchoolYear.End)));

    /// <summary>A year with nothing played yet: run the stages in order, or use <see cref="Play"/>.</summary>
    public static DemoYear Begin(LocalDate today) => new(today);

    /// <summary>The year played to a date, every stage.</summary>
    public static DemoYear Play(LocalDate today)
    {
        var year = Begin(today);
        year.AdmitBanks();
        year.ProposePairs();
        year.SignAgreements();
        year.FixPairs();
        year.DrawProgrammes();
        year.OpenSupport();
        year.JoinGroup();
        year.EndEarly();
        year.ContinueSearch();
        year.ReplaceMentor();
        year.Finish();
        return year;
    }

    /// <summary>Only the banks, as taken in on 20 May: for a walkthrough of the year from its start.</summary>
    public static DemoYear BanksOnly(LocalDate today)
    {
        var year = Begin(today);
        year.AdmitBanks();
        return year;
    }

    /// <summary>Whether something dated so has happened by <see cref="Today"/>.</summary>
    public bool Happened(LocalDate date) => date <= Today;

    /// <summary>Items 2.1–2.2: the intake's applications into both banks.</summary>
    public void AdmitBanks()
    {
        if (!Happened(DemoData.IntakeDate))
        {
            return;
        }

        foreach (var application in DemoData.MenteeApplications)
        {
            Require(MenteeBank.Admit(application, DemoData.IntakeDate).IsAccepted);
        }

        foreach (var application in DemoData.MentorApplications)
        {
            Require(MentorBank.Admit(application, DemoData.IntakeDate).IsAccepted);
        }
    }

    /// <summary>Item 2.4: the matching (with groups) becomes proposals for the school year, on 17 August.</summary>
    /// <returns>The proposed units; empty before that day.</returns>
    public IReadOnlyList<MentoringUnit> ProposePairs()
    {
        if (!Happened(ProposedOn))
        {
            return [];
        }

        var register = PairingRegister.Open(DemoData.OrganizationId, DemoData.Year, RussianProductionCalendar.Default);
        Pairing = register;

        // A mentor's capacity and a mentee's one unit at a time hold across the organisation's years: the register
        // consults last year's (a pair of one year may run into the next).
        register.Consult([PreviousPairing]);
        Require(register.SetMentorCapacities(MentorBank, ProposedOn));
        Matching = MatchingProblem.FromBanks(MenteeBank, MentorBank, policy: MatchingPolicy.Default.WithGroupProposals(true)).Solve();
        var units = PairProposal.FromMatching(Matching, SchoolYear, useGroupProposals: true)
            .Select(p => register.Propose(p, ProposedOn))
            .Where(o => o.IsProposed)
            .Select(o => o.Unit)
            .ToList();
        _lateUnit = units.Count > 0 ? units[^1] : null;
        return units;
    }

    /// <summary>
    /// One art. 351.8 agreement per mentor and form (24 August) and the mentees' consents (25 August); the first mentee
    /// of the last unit signs late, so that the fixing order waits.
    /// </summary>
    public void SignAgreements()
    {
        if (Pairing is not { } register || !Happened(AgreementsSignedOn))
        {
            return;
        }

        var units = register.Units.ToList();
        var numbers = units.Select(u => (u.Mentor, u.Form)).Distinct().Select((k, i) => (k, i + 1)).ToDictionary(x => x.k, x => x.Item2);
        foreach (var unit in units)
        {
            Require(register.RecordMentorAgreement(unit.Id, Agreement(unit, numbers[(unit.Mentor, unit.Form)])));
        }

        if (!Happened(ConsentsSignedOn))
        {
            return;
        }

        foreach (var unit in units)
        {
            foreach (var mentee in unit.Mentees.Where(m => unit != _lateUnit || m != unit.Mentees[0]))
            {
                Require(register.RecordMenteeConsent(unit.Id, mentee, new MenteeConsent(ConsentsSignedOn)));
            }
        }
    }

    /// <summary>The late consent (27 August), the fixing order (28 August) and the start of every unit on 1 September.</summary>
    /// <returns>The fixing order, or <see langword="null"/> before its date.</returns>
    public AdministrativeOrder? FixPairs()
    {
        if (Pairing is not { } register || _lateUnit is not { } late || !Happened(LateConsentOn))
        {
            return null;
        }

        Require(register.RecordMenteeConsent(late.Id, late.Mentees[0], new MenteeConsent(LateConsentOn)));
        if (!Happened(FixingOrder.Date))
        {
            return null;
        }

        var order = Require(register.IssueFixingOrder(FixingOrder, register.Units.Select(u => u.Id)));
        if (Happened(SchoolYear.Start))
        {
            foreach (var unit in register.Units)
            {
                Require(register.Activate(unit.Id, SchoolYear.Start));
            }
        }

        return order;
    }

    /// <summary>
    /// A personalised programme for every unit fixed by the order: drafted on 31 August on the standard sequence of
    /// meetings, approved on 4 September (S03's pair has the demo's full diagnosis).
    /// </summary>
    public void DrawProgrammes()
    {
        var drafted = new LocalDate(DemoData.Year, 8, 31);
        if (Pairing is not { } register || !Happened(drafted))
        {
            return;
        }

        foreach (var unit in register.Units.Where(u => u.Status is MentoringUnitStatus.Active or MentoringUnitStatus.Fixed))
        {
            Draw(register, unit, drafted, new LocalDate(DemoData.Year, 9, 4));
        }
    }

    /// <summary>Support and the continued search for each mentee the matching left without a pair, from the order's date.</summary>
    public IReadOnlyList<SupportPlan> OpenSupport()
    {
        if (Matching is not { } result || !Happened(FixingOrder.Date))
        {
            return [];
        }

        foreach (var unmatched in result.Unmatched)
        {
            SupportPlans.Add(Require(SupportPlan.OpenStandard(
                unmatched.Mentee, DemoData.OrganizationId, DemoData.Year, FixingOrder.Date, ContinuedSearch.CauseOf(unmatched.Reason),
                new DateInterval(FixingOrder.Date, SchoolYear.End), RussianProductionCalendar.Default)));
        }

        return SupportPlans;
    }

    /// <summary>A new hire (admitted 5 October outside the window) joins T01's running group by an order of 8 October.</summary>
    /// <returns>The order changing the group's composition, or <see langword="null"/> before it.</returns>
    public AdministrativeOrder? JoinGroup()
    {
        if (Pairing is not { } register || !Happened(NewHireOverride.DecidedOn))
        {
            return null;
        }

        Require(MenteeBank.Admit(NewHire, NewHireOverride.DecidedOn, NewHireOverride).IsAccepted);
        if (!Happened(JoinOrder.Date))
        {
            return null;
        }

        var group = register.UnitOfMenteeOn(S01, JoinsOn)!;
        return Require(register.AddMenteeToGroup(group.Id, new MenteeJoinRequest(NewHire.Educator.Id, JoinsOn, NewHireConsent, JoinOrder)));
    }

    /// <summary>T07 reached the goal early: notice on Friday 30 October, the last day by the production calendar.</summary>
    /// <returns>The unit and the order, or <see langword="null"/> before the notice.</returns>
    public (MentoringUnit Unit, AdministrativeOrder Order)? EndEarly()
    {
        if (Pairing is not { } register || !Happened(EarlyEndNoticeOn) || register.UnitOfMenteeOn(T07, SchoolYear.Start) is not { } unit)
        {
            return null;
        }

        var lastDay = NoticePeriodRule.EarliestLastDay(register.Calendar, EarlyEndNoticeOn, register.Policy.NoticeWorkingDays);
        var order = Require(register.TerminateEarly(
            unit.Id, new EarlyTerminationRequest(EarlyEndNoticeOn, TerminationInitiator.Employer, EarlyTerminationGrounds.GoalReachedEarly, lastDay, new OrderReference("112-од", EarlyEndNoticeOn))));
        if (Happened(lastDay))
        {
            if (Programmes.Find(p => p.UnitId == unit.Id) is { } programme)
            {
                MarkPlan(programme, unit, lastDay);
                Require(programme.Close(lastDay));
            }

            Require(MenteeBank.Remove(T07, lastDay, RemovalReason.NoLongerNeeded));
        }

        return (unit, order);
    }

    /// <summary>
    /// A new mentor comes on 9 November (a trigger for the continued search): the search keeps the running pairs, the new
    /// pair is fixed by an order two days later and starts five working days after the decision; its programme is
    /// drafted at once and approved only on 18 January.
    /// </summary>
    /// <returns>The search with the units it created, or <see langword="null"/> before the mentor comes.</returns>
    public (RematchProposal Search, IReadOnlyList<(MentoringUnit Unit, AdministrativeOrder Order)> Units)? ContinueSearch()
    {
        var decided = NewMentorOverride.DecidedOn;
        if (Pairing is not { } register || !Happened(decided))
        {
            return null;
        }

        Require(MentorBank.Admit(NewMentor, decided, NewMentorOverride).IsAccepted);
        Require(register.SetMentorCapacity(NewMentor.Educator.Id, NewMentor.Capacity ?? 1, decided));
        var from = register.Calendar.AddWorkingDays(decided, 5);
        var search = ContinuedSearch.Propose(register, MatchingProblem.FromBanks(MenteeBank, MentorBank), new DateInterval(from, SchoolYear.End));
        var created = new List<(MentoringUnit, AdministrativeOrder)>();
        var number = 118;
        foreach (var proposal in search.Proposals)
        {
            var unit = register.Propose(proposal, decided).Unit;
            var signed = decided.PlusDays(1);
            if (!Happened(signed.PlusDays(1)))
            {
                continue;
            }

            Require(register.RecordMentorAgreement(unit.Id, Agreement(unit, 10, signed)));
            foreach (var mentee in unit.Mentees)
            {
                Require(register.RecordMenteeConsent(unit.Id, mentee, new MenteeConsent(signed)));
            }

            var order = Require(register.IssueFixingOrder(new OrderReference($"{number++}-од", signed.PlusDays(1)), [unit.Id]));
            created.Add((unit, order));
            Draw(register, unit, signed.PlusDays(1), new LocalDate(DemoData.Year + 1, 1, 18));
            if (!Happened(from))
            {
                continue;
            }

            Require(register.Activate(unit.Id, from));
            foreach (var plan in SupportPlans.Where(p => unit.Mentees.Contains(p.Mentee)))
            {
                Require(plan.RecordSearch(new SearchAttempt(decided, true, null)));
                Require(plan.PairFound(unit.Id, from));
            }
        }

        return (search, created);
    }

    /// <summary>S07's mentor leaves the job: notice on Monday 11 January, T04 (free since T07's pair ended) takes over.</summary>
    /// <returns>The unit, the previous mentor and the order, or <see langword="null"/> before the notice.</returns>
    public (MentoringUnit Unit, EducatorId Previous, AdministrativeOrder Order)? ReplaceMentor()
    {
        if (Pairing is not { } register || !Happened(ReplacementNoticeOn) || register.UnitOfMenteeOn(S07, SchoolYear.Start) is not { } unit)
        {
            return null;
        }

        var lastDay = NoticePeriodRule.EarliestLastDay(register.Calendar, ReplacementNoticeOn, register.Policy.NoticeWorkingDays);
        var effective = lastDay.PlusDays(1);
        var previous = unit.Mentor;
        var order = Require(register.ReplaceMentor(
            unit.Id,
            new MentorReplacementRequest(T04, ReplacementGrounds.MentorLeftJob, ReplacementNoticeOn, effective, Agreement(unit, 11, ReplacementNoticeOn, effective), new OrderReference("3-од", ReplacementNoticeOn))));
        return (unit, previous, order);
    }

    /// <summary>
    /// The rest of the year to today: plan lines marked done, completion on 31 May (the weakest match with its goal
    /// reached in part), the questionnaire waves, achievements, the staff list, roadmap progress, practices and coverage.
    /// </summary>
    public void Finish()
    {
        var register = Pairing;
        foreach (var programme in Programmes.Where(p => p.Status == ProgramStatus.Approved))
        {
            MarkPlan(programme, register![programme.UnitId], SchoolYear.End);
        }

        if (register is not null && Happened(SchoolYear.End))
        {
            var running = register.Units.Where(u => u.Status == MentoringUnitStatus.Active).ToArray();
            var partly = running.OrderBy(u => u.MatchScore ?? int.MaxValue).ThenBy(u => u.Id).FirstOrDefault();
            foreach (var unit in running)
            {
                Require(register.Complete(unit.Id, SchoolYear.End, unit == partly ? MentoringOutcome.PartlyAchieved : MentoringOutcome.Achieved));
            }
        }

        AddStaff();
        TrainMentors();
        RegisterLocalActs();
        AddAchievement("S03", new LocalDate(DemoData.Year, 11, 20), AchievementKind.Contest, "Муниципальный конкурс «Педагогический дебют»");
        AddAchievement("S01", new LocalDate(DemoData.Year + 1, 3, 12), AchievementKind.OpenLesson, "Открытое занятие «Танцевальный этюд»");
        AddAchievement("S09", new LocalDate(DemoData.Year + 1, 4, 6), AchievementKind.Publication, "Статья о туристском походе с детьми");
        PreviousResponses.AddRange(AnswersOf(PreviousPairing, LastYear.End).Where(r => Happened(r.AnsweredOn)));
        if (register is not null)
        {
            Responses.AddRange(AnswersOf(register, SchoolYear.End).Where(r => Happened(r.AnsweredOn)));
        }

        var items = PlayRoadmap();
        if (Happened(SchoolYear.End))
        {
            CollectPractices();
        }

        RecordCoverage(items);
    }

    /// <summary>
    /// Adds the year's facts to a builder: the banks, the staff list and achievements, both registers with this year's
    /// programmes, the questionnaire responses, and the roadmap's work items of both calendar years.
    /// </summary>
    public MonitoringFactsBuilder AddFactsTo(MonitoringFactsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Add(MenteeBank).Add(MentorBank);
        foreach (var fact in Staff)
        {
            builder.Add(fact);
        }

        foreach (var fact in Achievements)
        {
            builder.Add(fact);
        }

        builder.Add(PreviousPairing);
        if (Pairing is { } register)
        {
            builder.Add(register, Programmes);
        }

        foreach (var response in PreviousResponses.Concat(Responses))
        {
            builder.Add(response);
        }

        foreach (var item in RoadmapItems())
        {
            builder.Add(item);
        }

        return builder;
    }

    /// <summary>The roadmap's work items of the school year's two calendar years, with the work recorded done by today.</summary>
    public IReadOnlyList<RoadmapItemFact> RoadmapItems()
    {
        var builder = new MonitoringFactsBuilder();
        foreach (var (year, progress) in _roadmapProgress.OrderBy(p => p.Key))
        {
            builder.Add(DemoData.OrganizationId, new RoadmapScheduler(RoadmapCalendar).Schedule(Roadmap, year), progress);
        }

        return builder.Build().RoadmapItems;
    }

    /// <summary>People's names by identifier (both banks and the new arrivals), for the internal report.</summary>
    public IReadOnlyDictionary<EducatorId, string> Names() =>
        DemoData.MenteeApplications.Select(a => a.Educator).Concat(DemoData.MentorApplications.Select(a => a.Educator))
            .Append(NewHire.Educator).Append(NewMentor.Educator)
            .DistinctBy(e => e.Id)
            .ToDictionary(e => e.Id, e => e.PersonalData.FullName);

    private void Draw(PairingRegister register, MentoringUnit unit, LocalDate drafted, LocalDate approved)
    {
        var meetings = Require(StandardMeetingSequence.Generate(unit.Period, register.Calendar, new MeetingSequenceOptions(seriesCount: 5)));
        var draft = unit.Mentees.Contains(S03) ? Draft(unit, meetings) : GenericDraft(unit, meetings);
        var programme = Require(PersonalizedProgram.Draft(unit, DemoData.OrganizationId, draft, drafted));
        if (Happened(approved))
        {
            Require(programme.Approve(approved));
        }

        Programmes.Add(programme);
    }

    /// <summary>A programme for a unit other than S03's: the mentees' requests as the diagnosis, the plan the standard one.</summary>
    private ProgramDraft GenericDraft(MentoringUnit unit, IReadOnlyList<PlanItem> meetings)
    {
        var diagnoses = unit.Mentees.Select(m =>
        {
            var topics = MenteeBank.TryGet(m, out var entry) ? entry.Requests.Topics.Select(t => MenteeBank.Catalog.TryGet(t, out var topic) ? topic.Title : t.Value).ToArray() : [];
            var request = topics.Length > 0 ? string.Join("; ", topics) : "профессиональная адаптация";
            return new MenteeDiagnosis(m, [$"затруднения: {request}"], ["желание развиваться, ответственность"], $"получить поддержку по темам: {request}");
        }).ToArray();
        return new ProgramDraft(
            diagnoses,
            unit.IsGroup ? "Профессиональная адаптация педагогов группы и развитие их методической грамотности" : "Преодоление профессиональных затруднений наставляемого по его запросам",
            ["разобрать с наставником затруднения и составить план их преодоления", "посетить и разобрать занятия наставника и наставляемого", "подготовить открытое занятие или выступление"],
            meetings,
            ["затруднения, названные в запросе, преодолены или уменьшились", "проведено открытое занятие или выступление"],
            ["отчёт наставника о реализации программы", "итоговое анкетирование"]);
    }

    /// <summary>
    /// Marks the plan's lines done through a day (and today): S03's programme all but the next-to-last on their dates;
    /// the others seven in ten on the day, two late, one left open (each line its own random stream).
    /// </summary>
    private void MarkPlan(PersonalizedProgram programme, MentoringUnit unit, LocalDate through)
    {
        var special = unit.Mentees.Contains(S03);
        for (var n = 1; n <= programme.Plan.Count; n++)
        {
            var line = programme.Plan[n - 1];
            if (line.IsDone || line.Date > through)
            {
                continue;
            }

            LocalDate? done;
            if (special)
            {
                done = n == programme.Plan.Count - 1 ? null : line.Date;
            }
            else
            {
                var rng = DemoRandom.For($"{unit.Id}/plan/{n}");
                var roll = rng.Next(10);
                done = roll < 7 ? line.Date : roll < 9 ? line.Date.PlusDays(3 + rng.Next(10)) : null;
            }

            if (done is { } on && on <= through && Happened(on))
            {
                Require(programme.MarkDone(n, on, special && n == 1 ? "проведена" : null));
            }
        }
    }

    private void AddStaff()
    {
        var educators = DemoData.MenteeApplications.Select(a => a.Educator).Concat(DemoData.MentorApplications.Select(a => a.Educator)).ToList();
        if (Happened(NewHireOverride.DecidedOn))
        {
            educators.Add(NewHire.Educator);
        }

        if (Happened(NewMentorOverride.DecidedOn))
        {
            educators.Add(NewMentor.Educator);
        }

        foreach (var educator in educators.DistinctBy(e => e.Id))
        {
            Staff.Add(EducatorFact.From(educator, educator.TeachingSince ?? new LocalDate(DemoData.Year, 9, 1)));
        }

        // Staff who take no part in mentoring, and last year's mentee who left on 30 June.
        for (var i = 1; i <= 12; i++)
        {
            Staff.Add(new EducatorFact(EducatorId.From($"C{i:00}"), DemoData.OrganizationId, new LocalDate(2010 + i, 9, 1)));
        }

        Staff.Add(new EducatorFact(EducatorId.From("C13"), DemoData.OrganizationId, new LocalDate(DemoData.Year - 2, 9, 1), new LocalDate(DemoData.Year, 6, 30), new LocalDate(2030, 1, 1)));
    }

    private void AddAchievement(string who, LocalDate on, AchievementKind kind, string title)
    {
        if (Happened(on))
        {
            Achievements.Add(new AchievementFact(EducatorId.From(who), on, kind, title));
        }
    }

    /// <summary>Last year's cohort, by hand: three pairs, completed at the end of May.</summary>
    private static PairingRegister PreviousYear()
    {
        var register = PairingRegister.Open(DemoData.OrganizationId, DemoData.Year - 1, RoadmapCalendar);
        var units = new[] { ("T06", "S04"), ("T02", "S10"), ("T05", "C13") }
            .Select(p => register.Propose(PairProposal.Pair(EducatorId.From(p.Item1), EducatorId.From(p.Item2), LastYear), LastYear.Start.PlusDays(-12)))
            .Select(o => o.IsProposed ? o.Unit : throw new InvalidOperationException($"Demo data: the proposal was refused: {(o.IsRejected ? o.Rejection : o.Acknowledgement)}"))
            .ToArray();
        var signedOn = LastYear.Start.PlusDays(-8);
        foreach (var unit in units)
        {
            Require(register.RecordMentorAgreement(unit.Id, new MentoringConsent(
                signedOn, "наставничество над педагогическим работником по персонализированной программе", unit.Period, unit.Form,
                new PayTerms(3000m, "ежемесячная доплата 3000 руб."), "ДС-" + signedOn.Month.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            foreach (var mentee in unit.Mentees)
            {
                Require(register.RecordMenteeConsent(unit.Id, mentee, new MenteeConsent(signedOn, "заявление")));
            }
        }

        Require(register.IssueFixingOrder(new OrderReference("61-од", LastYear.Start.PlusDays(-4)), units.Select(u => u.Id)));
        var outcomes = new[] { MentoringOutcome.Achieved, MentoringOutcome.Achieved, MentoringOutcome.PartlyAchieved };
        for (var i = 0; i < units.Length; i++)
        {
            Require(register.Activate(units[i].Id, LastYear.Start));
            Require(register.Complete(units[i].Id, LastYear.End, outcomes[i]));
        }

        return register;
    }

    /// <summary>
    /// The questionnaire waves of a register's units, answered by today: the entry form ten days after each person's
    /// start (scores 4–8); the final forms (6–10) six days before a planned completion, or on the last day of a pair
    /// ended early because its goal was reached; the coordinator's (T01, or C01 when T01 is in the unit) three days before.
    /// </summary>
    private IEnumerable<QuestionnaireResponse> AnswersOf(PairingRegister register, LocalDate plannedEnd)
    {
        // Read from the units themselves: the responses name their programme by the unit's identifier, and the facts
        // check them against the programmes when they are built.
        var forms = RussianInstruments.Default;
        foreach (var unit in register.Units)
        {
            if (unit.ActivatedOn is not { } start)
            {
                continue;
            }

            foreach (var mentee in unit.Mentees)
            {
                var joined = unit.MenteeSpan(mentee)?.Start ?? start;
                yield return Answer(forms.Find(RespondentRole.Mentee, SurveyWave.Entry)!, unit, mentee, joined.PlusDays(9), 4, 8);
            }

            yield return Answer(forms.Find(RespondentRole.Mentor, SurveyWave.Entry)!, unit, unit.MentorOn(start) ?? unit.Mentor, start.PlusDays(9), 4, 8);
            LocalDate? final = unit.Status == MentoringUnitStatus.EndedEarly ? unit.LastDay
                : unit.Status is MentoringUnitStatus.Active or MentoringUnitStatus.Completed ? plannedEnd.PlusDays(-6)
                : null;
            if (final is not { } on)
            {
                continue;
            }

            foreach (var mentee in unit.Mentees.Where(m => unit.MenteeSpan(m) is { } span && span.Contains(on)))
            {
                yield return Answer(forms.Find(RespondentRole.Mentee, SurveyWave.Final)!, unit, mentee, on, 6, 10);
            }

            yield return Answer(forms.Find(RespondentRole.Mentor, SurveyWave.Final)!, unit, unit.MentorOn(on) ?? unit.Mentor, on, 6, 10);
            var involved = unit.MentorSpans().Any(t => t.Key == T01) || unit.Mentees.Contains(T01) || unit.Leavings.Any(l => l.Mentee == T01);
            var coordinator = involved ? EducatorId.From("C01") : T01;
            var coordinatorOn = unit.Status == MentoringUnitStatus.EndedEarly ? on : plannedEnd.PlusDays(-3);
            yield return Answer(forms.Find(RespondentRole.Coordinator, SurveyWave.Final)!, unit, coordinator, coordinatorOn, 6, 10);
        }
    }

    private QuestionnaireResponse Answer(QuestionnaireInstrument form, MentoringUnit unit, EducatorId who, LocalDate on, int low, int high)
    {
        var id = $"{unit.Id.Value}:{form.Code}:{who}";
        var rng = DemoRandom.For(id);
        var answers = form.Items.Select(i => i.Kind switch
        {
            QuestionKind.Scale => QuestionnaireAnswer.ForScale(i.Code, rng.Next(low, high + 1)),
            QuestionKind.YesNo => QuestionnaireAnswer.ForYesNo(i.Code, rng.Next(5) > 0),
            _ => QuestionnaireAnswer.ForOpen(i.Code, Opinions[rng.Next(Opinions.Length)]),
        }).ToArray();
        return Require(QuestionnaireResponse.Create(id, form, unit.Id.Value, who, on, answers));
    }

    /// <summary>The seed's roadmap for both calendar years: what was due by the end of May mostly done three days early.</summary>
    private List<RoadmapItemFact> PlayRoadmap()
    {
        foreach (var year in new[] { DemoData.Year, DemoData.Year + 1 })
        {
            var schedule = new RoadmapScheduler(RoadmapCalendar).Schedule(Roadmap, year);
            var progress = Domain.Roadmap.RoadmapProgress.Empty;
            foreach (var item in schedule.Items.Where(i => i.Due <= SchoolYear.End))
            {
                // The analytical report (3.2) is handed in late; the spring's copilka entry (3.1/3) stays open.
                LocalDate? done = item.Id switch
                {
                    "3.2/1" or "3.2/0" => item.Due.PlusDays(9),
                    "3.1/3" when year == DemoData.Year + 1 => null,
                    _ => item.Due.PlusDays(-3),
                };
                if (done is { } on && Happened(on))
                {
                    progress = progress.WithDone(item.Id, on);
                }
            }

            // Activity 1.1's items are done when their act is registered (or the fixing order issued), by today.
            var byActs = LocalActs.ApplyTo(schedule, progress, Pairing?.Orders);
            foreach (var item in schedule.Items)
            {
                if (progress.DoneOn(item.Id) is null && byActs.DoneOn(item.Id) is { } actDone && Happened(actDone))
                {
                    progress = progress.WithDone(item.Id, actDone);
                }
            }

            _roadmapProgress[year] = progress;
        }

        return [.. RoadmapItems()];
    }

    /// <summary>
    /// Item 2.3, the mentors' training: a methodological seminar on 10 September for the mentors in the bank (all but
    /// the newest, T08), and a 36-hour course in November for T01 and T02.
    /// </summary>
    private void TrainMentors()
    {
        var seminar = new TrainingSession(new LocalDate(DemoData.Year, 9, 10), "Методический семинар «Роль наставника в адаптации педагога»", 4);
        var course = new TrainingSession(new LocalDate(DemoData.Year, 11, 16), "Курсы повышения квалификации «Наставничество в образовательной организации»", 36);
        foreach (var entry in MentorBank.Entries.ToArray())
        {
            if (Happened(seminar.Date) && entry.Id != T08 && entry.AdmittedOn <= seminar.Date && !entry.Training.Sessions.Contains(seminar))
            {
                Require(MentorBank.RecordTraining(entry.Id, seminar));
            }

            if (Happened(course.Date) && (entry.Id == T01 || entry.Id == T02) && !entry.Training.Sessions.Contains(course))
            {
                Require(MentorBank.RecordTraining(entry.Id, course));
            }
        }
    }

    /// <summary>
    /// Activity 1.1's acts as the seed names them: the order creating the system (29.04.2022 № 87) with the Положение it
    /// approved, the roadmap (30.04.2022 № 88), the order approving this year's personalised programmes (4 September),
    /// and the website's «Наставничество» section; the fixing order is the pairing register's.
    /// </summary>
    private void RegisterLocalActs()
    {
        const string Site = "https://cdt-ilovlya.example/nastavnichestvo/";
        var acts = new[]
        {
            new LocalActDraft(LocalActKind.SystemOrder, "87", new LocalDate(2022, 4, 29), "О создании и функционировании системы наставничества педагогических работников МБОУ ДО ЦДТ Иловлинского муниципального района", Site + "prikaz-87.pdf"),
            new LocalActDraft(LocalActKind.Regulation, "87", new LocalDate(2022, 4, 29), "Положение о системе наставничества педагогических работников в МБОУ ДО ЦДТ", Site + "polozhenie.pdf"),
            new LocalActDraft(LocalActKind.Roadmap, "88", new LocalDate(2022, 4, 30), "План мероприятий «Дорожная карта» по внедрению системы наставничества педагогических работников МБОУ ДО ЦДТ", Site + "dorozhnaya-karta.pdf"),
            new LocalActDraft(LocalActKind.PersonalizedPrograms, "47-од", new LocalDate(DemoData.Year, 9, 4), "Об утверждении персонализированных программ наставничества на " + DemoData.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + (DemoData.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " учебный год", null, "дело 01-09, л. 14"),
            new LocalActDraft(LocalActKind.WebsiteSection, null, new LocalDate(2022, 5, 4), "Раздел «Наставничество» на сайте МБОУ ДО ЦДТ", Site),
        };
        foreach (var draft in acts)
        {
            if (Happened(draft.Date) && !LocalActs.Acts.Any(a => a.Kind == draft.Kind && a.Date == draft.Date))
            {
                Require(LocalActs.Register(draft));
            }
        }
    }

    /// <summary>Practices proposed in April from pairs that completed their programmes; the final event of 23 April chooses two.</summary>
    private void CollectPractices()
    {
        var programmes = new MonitoringFactsBuilder().Add(Pairing!, Programmes).Build().Programmes;
        var done = programmes.Where(p => p.Closure == ProgrammeClosure.CompletedDone).Take(3).ToArray();
        var titles = new[]
        {
            ("Кейс «Первое родительское собрание в объединении»", PracticeKind.Case),
            ("План открытого занятия с разбором ошибок", PracticeKind.LessonPlan),
            ("Приём «Разбор занятия за десять минут»", PracticeKind.Method),
        };
        for (var i = 0; i < done.Length; i++)
        {
            var author = i % 2 == 0 ? done[i].Mentees[0] : done[i].Mentor;
            Require(Practices.Propose(new PracticeProposal($"П-{i + 1}", titles[i].Item1, titles[i].Item2, author), done[i], new LocalDate(DemoData.Year + 1, 4, 10 + i)));
        }

        Require(Practices.HoldFinalEvent(new LocalDate(DemoData.Year + 1, 4, 23), "Итоговая педагогическая мастерская наставников", Practices.Practices.Take(2).Select(p => p.Id)));
    }

    /// <summary>Coverage of the events done in the school year: the website always, social networks mostly, the municipal level now and then.</summary>
    private void RecordCoverage(IReadOnlyList<RoadmapItemFact> items)
    {
        var n = 0;
        foreach (var item in items.Where(i => i.DoneOn is { } d && d <= SchoolYear.End && i.Due >= SchoolYear.Start))
        {
            var on = item.DoneOn!.Value > item.Start ? item.DoneOn.Value : item.Start;
            if (!Happened(on))
            {
                continue;
            }

            Require(Coverage.Record(item, CoverageChannel.Website, on, $"https://cdt-ilovlya.example/news/{++n}"));
            if (n % 4 != 0)
            {
                Require(Coverage.Record(item, CoverageChannel.SocialNetwork, on, $"https://vk.example/cdt_ilovlya?w=wall-{n}"));
            }

            if (n % 5 == 1 && Happened(on.PlusDays(2)))
            {
                Require(Coverage.Record(item, CoverageChannel.Municipal, on.PlusDays(2), "сайт отдела образования администрации района"));
            }
        }
    }

    private static void Require(bool accepted)
    {
        if (!accepted)
        {
            throw new InvalidOperationException("Demo data: a command of the core refused the demo year.");
        }
    }

    private static void Require(CommandResult result)
    {
        if (!result.IsAccepted)
        {
            throw new InvalidOperationException($"Demo data: a command was refused: {result.Rejection}");
        }
    }

    private static T Require<T>(Outcome<T> result) =>
        result.IsAccepted ? result.Value : throw new InvalidOperationException($"Demo data: a command was refused: {result.Rejection}");
}
