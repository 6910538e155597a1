using Mentorship.Domain.Common;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.Monitoring.Reports;
using Mentorship.Domain.People;
using Mentorship.Domain.Roadmap;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;
using NodaTime;

namespace Mentorship.WebHost.Application;

/// <summary>
/// Internal monitoring (roadmap item 3.1): the core's indicators over the facts the host holds for a year — both
/// banks, the pairs and groups that started with their programmes' plans, the roadmap's work items, the
/// questionnaires and the staff list with its achievements. An indicator whose facts are absent says "no data".
/// </summary>
public sealed class MonitoringService(AggregateStore store, OrganizationService organizations, HostClock clock)
{
    private static readonly RoadmapScheduler Scheduler = new(HostCalendar.Instance);

    public async Task<HostOutcome<IndicatorsView>> IndicatorsAsync(YearKey key, LocalDate? from, LocalDate? to, CancellationToken cancellationToken)
    {
        var computed = await ComputeAsync(key, from, to, cancellationToken);
        return computed.Failure is { } failure
            ? failure
            : HostOutcome<IndicatorsView>.Ok(new IndicatorsView(key.OrganizationId.Value, computed.Value!.Period.Start, computed.Value.Period.End, computed.Value.Results.Select(IndicatorView.Of).ToArray()));
    }

    /// <summary>The core's indicator set of an organisation's year for a period (by default the school year so far).</summary>
    public async Task<HostOutcome<IndicatorSet>> ComputeAsync(YearKey key, LocalDate? from, LocalDate? to, CancellationToken cancellationToken)
    {
        if (Period(from, to) is not { } period)
        {
            return Reversed();
        }

        var facts = new MonitoringFactsBuilder();
        if (!await AddFactsAsync(facts, key, period, cancellationToken))
        {
            return HostFailure.NotFound($"Для {key} данных нет: откройте банки года.");
        }

        return HostOutcome<IndicatorSet>.Ok(IndicatorCalculator.Compute(Built(facts), MonitoringScope.ForOrganization(key.OrganizationId), period));
    }

    /// <summary>
    /// The default period: the school year (1 September – 31 May) that contains today, or in summer the one just
    /// ended, from its first day to today or its last day.
    /// </summary>
    public DateInterval SchoolYearSoFar()
    {
        var today = clock.Today;
        var startYear = today.Month >= 9 ? today.Year : today.Year - 1;
        var start = new LocalDate(startYear, 9, 1);
        return new DateInterval(start, LocalDate.Min(today, new LocalDate(startYear + 1, 5, 31)));
    }

    private static readonly ViolationFields ResponseFields = ViolationFields.Default
        .With("questionnaire.respondent", "respondent").With("questionnaire.", "answers").With("respondent", "respondent");

    /// <summary>The questionnaire forms (entry, interim and final waves for mentees, mentors and the coordinator).</summary>
    public static IReadOnlyList<InstrumentView> Instruments() => RussianInstruments.Default.Instruments.Select(InstrumentView.Of).ToArray();

    public async Task<HostOutcome<IReadOnlyList<ResponseRecord>>> ResponsesAsync(YearKey key, CancellationToken cancellationToken) =>
        await store.ReadAsync(AggregateKinds.QuestionnaireBook, key, cancellationToken) is { } found
            ? HostOutcome<IReadOnlyList<ResponseRecord>>.Ok(found.Aggregate.Responses, found.Version)
            : HostOutcome<IReadOnlyList<ResponseRecord>>.Ok([]);

    /// <summary>Records a questionnaire response for a pair's or group's programme that has started; the core checks the answers.</summary>
    public async Task<HostOutcome<ResponseRecord>> AddResponseAsync(YearKey key, ResponseInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var code = errors.Required(input.Instrument, "instrument");
        var programmeId = errors.Required(input.ProgrammeId, "programmeId");
        var respondent = Contracts.Ids.Parse(input.Respondent, errors, "respondent");
        var answers = errors.Required(input.Answers, "answers");
        var instrument = code is null ? null : RussianInstruments.Default.Find(code);
        if (code is not null && instrument is null)
        {
            errors.Add("instrument", "Такой формы анкеты нет.");
        }

        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        // The programmes as monitoring reads them (the register's started units, through the core's one adapter).
        var register = await store.ReadAsync(AggregateKinds.PairingRegister, key, cancellationToken);
        var programme = register is null ? null : new MonitoringFactsBuilder().Add(register.Value.Aggregate).Build().FindProgramme(programmeId!);
        if (programme is null)
        {
            return HostFailure.NotFound($"В реестре пар и групп {key} нет начавшейся программы «{programmeId}».");
        }

        var parsed = new List<QuestionnaireAnswer>();
        for (var i = 0; i < answers!.Count; i++)
        {
            var answer = answers[i];
            var item = errors.Required(answer?.Item, $"answers[{i}].item");
            if (item is null)
            {
                continue;
            }

            var kind = instrument!.FindItem(item)?.Kind ?? (answer!.Score is not null ? QuestionKind.Scale : answer.Yes is not null ? QuestionKind.YesNo : QuestionKind.Open);
            var built = errors.Try($"answers[{i}]", () => kind switch
            {
                QuestionKind.Scale => QuestionnaireAnswer.ForScale(item, answer!.Score ?? 0),
                QuestionKind.YesNo => QuestionnaireAnswer.ForYesNo(item, answer!.Yes ?? false),
                _ => QuestionnaireAnswer.ForOpen(item, answer!.Text ?? string.Empty),
            });
            if (built is not null)
            {
                parsed.Add(built);
            }
        }

        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        var id = string.IsNullOrWhiteSpace(input.Id) ? $"{programmeId}:{instrument!.Code}:{respondent}" : input.Id.Trim();
        var created = QuestionnaireResponse.Create(id, instrument!, programme.Id, respondent!.Value, input.AnsweredOn ?? clock.Today, parsed);
        if (!created.IsAccepted)
        {
            return HostFailure.Rejected(created.Rejection, ResponseFields);
        }

        // The check the facts make when they are built: the respondent holds the form's role in the programme.
        if (RespondentRule.Check(created.Value, programme) is { } notInRole)
        {
            return HostFailure.Rejected(new Rejection([notInRole]), ResponseFields);
        }

        var stored = await store.FindAsync(AggregateKinds.QuestionnaireBook, key, cancellationToken);
        if (stored is not null && expectedVersion is { } expected && expected != stored.Version)
        {
            return HostFailure.Stale(AggregateKinds.QuestionnaireBook.Name, key, stored.Version, expected);
        }

        if (stored?.Aggregate.Contains(id) == true)
        {
            return HostFailure.Conflict($"Анкета «{id}» уже записана.");
        }

        var record = ResponseRecord.Of(created.Value);
        int version;
        if (stored is null)
        {
            version = store.Add(AggregateKinds.QuestionnaireBook, key, new QuestionnaireBook([record])).Version;
        }
        else
        {
            stored.Aggregate.Add(record);
            store.Update(stored);
            version = stored.Version;
        }

        try
        {
            await store.SaveAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException e)
        {
            return HostFailure.Conflict(e.Message);
        }

        return HostOutcome<ResponseRecord>.New(record, version);
    }

    /// <summary>The monitoring report (справка) of an organisation's year as Russian text, Markdown or plain.</summary>
    public async Task<HostOutcome<RenderedDocument>> MonitoringReportAsync(YearKey key, LocalDate? from, LocalDate? to, CancellationToken cancellationToken)
    {
        if (Period(from, to) is not { } period)
        {
            return Reversed();
        }

        var organization = await organizations.FindAsync(key.OrganizationId.Value, cancellationToken);
        var facts = new MonitoringFactsBuilder();
        if (organization is null || !await AddFactsAsync(facts, key, period, cancellationToken))
        {
            return HostFailure.NotFound($"Для {key} данных нет: откройте банки года.");
        }

        var names = await NamesAsync(key, cancellationToken);
        var report = MonitoringReport.Build(Built(facts), organization, period);
        return HostOutcome<RenderedDocument>.Ok(MonitoringReportDocument.Render(report, id => names.GetValueOrDefault(id.Value)));
    }

    /// <summary>The municipal analytical report over every organisation of the municipality the host serves.</summary>
    public async Task<HostOutcome<RenderedDocument>> AnalyticalReportAsync(string municipality, int year, LocalDate? from, LocalDate? to, CancellationToken cancellationToken)
    {
        var built = await AnalyticalAsync(municipality, year, from, to, cancellationToken);
        return built.Failure is { } failure ? failure : HostOutcome<RenderedDocument>.Ok(AnalyticalReportDocument.Render(built.Value!));
    }

    /// <summary>
    /// The content of the municipal analytical report: every organisation of the municipality side by side, counts and
    /// indicators only (the municipal administrator sees no personal data, so no names are looked up).
    /// </summary>
    public async Task<HostOutcome<AnalyticalReport>> AnalyticalAsync(string municipality, int year, LocalDate? from, LocalDate? to, CancellationToken cancellationToken)
    {
        var all = await organizations.ListAsync(cancellationToken);
        var members = all.Where(o => string.Equals(o.Municipality, municipality, StringComparison.Ordinal))
            .Select(o => new Organization(OrganizationId.From(o.Id), o.ShortName, o.FullName, o.Kind, o.Municipality))
            .ToArray();
        if (members.Length == 0)
        {
            return HostFailure.NotFound($"Организаций муниципалитета «{municipality}» здесь нет.");
        }

        var keys = members.Select(o => new YearKey(o.Id, year)).ToArray();
        if (Period(from, to) is not { } period)
        {
            return Reversed();
        }

        var facts = new MonitoringFactsBuilder();
        foreach (var key in keys)
        {
            await AddFactsAsync(facts, key, period, cancellationToken);
        }

        return HostOutcome<AnalyticalReport>.Ok(AnalyticalReport.Build(Built(facts), municipality, members, period));
    }

    private static HostFailure Reversed()
    {
        var errors = new InputErrors();
        errors.Add("to", "Период не может закончиться раньше, чем начался.");
        return HostFailure.Invalid(errors);
    }

    private DateInterval? Period(LocalDate? from, LocalDate? to)
    {
        var school = SchoolYearSoFar();
        var start = from ?? (to is { } t && t < school.Start ? new LocalDate(t.Year - (t.Month >= 9 ? 0 : 1), 9, 1) : school.Start);
        var end = to ?? (from is null ? school.End : LocalDate.Max(start, school.End));
        return end < start ? null : new DateInterval(start, end);
    }

    /// <summary>
    /// The facts of one organisation's year; false when the host holds nothing for it. With them: last year's pairs and
    /// responses (retention, K8, counts the anniversaries of programmes started a year before) and the roadmap of each
    /// calendar year of the period, as kept for that year (a school year spans two), within a year of the key's.
    /// </summary>
    private async Task<bool> AddFactsAsync(MonitoringFactsBuilder facts, YearKey key, DateInterval period, CancellationToken cancellationToken)
    {
        var mentees = await store.ReadAsync(AggregateKinds.MenteeBank, key, cancellationToken);
        var mentors = await store.ReadAsync(AggregateKinds.MentorBank, key, cancellationToken);
        if (mentees is { } m)
        {
            facts.Add(m.Aggregate);
        }

        if (mentors is { } t)
        {
            facts.Add(t.Aggregate);
        }

        var staff = await store.ReadAsync(AggregateKinds.StaffList, key, cancellationToken);
        if (staff is { } s)
        {
            StaffService.AddFacts(facts, key, s.Aggregate);
        }

        var (register, book) = await AddPairsAsync(facts, key, cancellationToken);
        await AddPairsAsync(facts, new YearKey(key.OrganizationId, key.Year - 1), cancellationToken);
        var roadmap = false;
        for (var year = Math.Max(period.Start.Year, key.Year - 1); year <= Math.Min(period.End.Year, key.Year + 1); year++)
        {
            if (await store.ReadAsync(AggregateKinds.Roadmap, new YearKey(key.OrganizationId, year), cancellationToken) is { } r)
            {
                facts.Add(key.OrganizationId, Scheduler.Schedule(r.Aggregate.Roadmap, year), r.Aggregate.Progress);
                roadmap |= year == key.Year;
            }
        }

        roadmap |= await store.ReadAsync(AggregateKinds.Roadmap, key, cancellationToken) is not null;
        return mentees is not null || mentors is not null || register || roadmap || book || staff is not null;
    }

    /// <summary>
    /// The facts built once, each stored response checked against its programme there: a response whose programme is
    /// gone (cancelled) or whose respondent no longer holds the role in it (anonymised out of a group) is left out.
    /// </summary>
    private static MonitoringFacts Built(MonitoringFactsBuilder facts) => facts.Build(out _);

    /// <summary>
    /// A year's register with its programmes' plans, and its questionnaire responses rebuilt through the core's form
    /// checks; the facts check each against its programme when they are built (<see cref="Built"/>).
    /// </summary>
    private async Task<(bool Register, bool Book)> AddPairsAsync(MonitoringFactsBuilder facts, YearKey key, CancellationToken cancellationToken)
    {
        var register = await store.ReadAsync(AggregateKinds.PairingRegister, key, cancellationToken);
        var programmeBook = await store.ReadAsync(AggregateKinds.ProgrammeBook, key, cancellationToken);
        if (register is { } g)
        {
            // With the personalized programmes' plans and done marks (K4).
            facts.Add(g.Aggregate, programmeBook?.Aggregate.Programmes ?? []);
        }

        var book = await store.ReadAsync(AggregateKinds.QuestionnaireBook, key, cancellationToken);
        foreach (var response in book?.Aggregate.Responses ?? [])
        {
            if (RussianInstruments.Default.Find(response.InstrumentCode) is { } form
                && QuestionnaireResponse.Create(response.Id, form, response.ProgrammeId, EducatorId.From(response.Respondent), response.AnsweredOn, response.ToAnswers()) is { IsAccepted: true } rebuilt)
            {
                facts.Add(rebuilt.Value);
            }
        }

        return (register is not null, book is not null);
    }

    // Reports may name people (the coordinator's own documents); the names come from the banks.
    private async Task<Dictionary<string, string>> NamesAsync(YearKey key, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in (await store.ReadAsync(AggregateKinds.MenteeBank, key, cancellationToken))?.Aggregate.Entries ?? [])
        {
            names[e.Id.Value] = e.Educator.PersonalData.FullName;
        }

        foreach (var e in (await store.ReadAsync(AggregateKinds.MentorBank, key, cancellationToken))?.Aggregate.Entries ?? [])
        {
            names[e.Id.Value] = e.Educator.PersonalData.FullName;
        }

        return names;
    }
}
