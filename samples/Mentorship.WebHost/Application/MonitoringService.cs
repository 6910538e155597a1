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
        var start = from ?? new LocalDate(key.Year, 1, 1);
        var end = to ?? LocalDate.Min(LocalDate.Max(clock.Today, start), new LocalDate(key.Year, 12, 31));
        if (end < start)
        {
            var errors = new InputErrors();
            errors.Add("to", "The period cannot end before it starts.");
            return HostFailure.Invalid(errors);
        }

        var facts = new MonitoringFactsBuilder();
        if (!await AddFactsAsync(facts, key, cancellationToken))
        {
            return HostFailure.NotFound($"The host holds nothing for {key}.");
        }

        var set = IndicatorCalculator.Compute(facts.Build(), MonitoringScope.ForOrganization(key.OrganizationId), new DateInterval(start, end));
        return HostOutcome<IndicatorsView>.Ok(new IndicatorsView(key.OrganizationId.Value, start, end, set.Results.Select(IndicatorView.Of).ToArray()));
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
            errors.Add("instrument", "No such questionnaire form.");
        }

        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        var register = await store.ReadAsync(AggregateKinds.PairingRegister, key, cancellationToken);
        var unit = register?.Aggregate.Units.FirstOrDefault(u => u.Id.Value == programmeId);
        if (unit is null || ProgrammeFact.From(key.OrganizationId, unit) is not { } programme)
        {
            return HostFailure.NotFound($"The pairing register {key} has no started programme '{programmeId}'.");
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
        var created = QuestionnaireResponse.Create(id, instrument!, programme, respondent!.Value, input.AnsweredOn ?? clock.Today, parsed);
        if (!created.IsAccepted)
        {
            return HostFailure.Rejected(created.Rejection, ResponseFields);
        }

        var stored = await store.FindAsync(AggregateKinds.QuestionnaireBook, key, cancellationToken);
        if (stored is not null && expectedVersion is { } expected && expected != stored.Version)
        {
            return HostFailure.Conflict(
                $"The questionnaire book {key} is at version {stored.Version}, but this change was based on version {expected}. Nothing was saved: reload and repeat the change.",
                stored.Version);
        }

        if (stored?.Aggregate.Contains(id) == true)
        {
            return HostFailure.Conflict($"The response '{id}' is already recorded.");
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
        if (Period(key, from, to) is not { } period)
        {
            return Reversed();
        }

        var organization = await organizations.FindAsync(key.OrganizationId.Value, cancellationToken);
        var facts = new MonitoringFactsBuilder();
        if (organization is null || !await AddFactsAsync(facts, key, cancellationToken))
        {
            return HostFailure.NotFound($"The host holds nothing for {key}.");
        }

        var names = await NamesAsync([key], cancellationToken);
        var report = MonitoringReport.Build(facts.Build(), organization, period);
        return HostOutcome<RenderedDocument>.Ok(MonitoringReportDocument.Render(report, id => names.GetValueOrDefault(id.Value)));
    }

    /// <summary>The municipal analytical report over every organisation of the municipality the host serves.</summary>
    public async Task<HostOutcome<RenderedDocument>> AnalyticalReportAsync(string municipality, int year, LocalDate? from, LocalDate? to, CancellationToken cancellationToken)
    {
        var all = await organizations.ListAsync(cancellationToken);
        var members = all.Where(o => string.Equals(o.Municipality, municipality, StringComparison.Ordinal))
            .Select(o => new Organization(OrganizationId.From(o.Id), o.ShortName, o.FullName, o.Kind, o.Municipality))
            .ToArray();
        if (members.Length == 0)
        {
            return HostFailure.NotFound($"The host serves no organisation of the municipality '{municipality}'.");
        }

        var keys = members.Select(o => new YearKey(o.Id, year)).ToArray();
        if (Period(keys[0], from, to) is not { } period)
        {
            return Reversed();
        }

        var facts = new MonitoringFactsBuilder();
        foreach (var key in keys)
        {
            await AddFactsAsync(facts, key, cancellationToken);
        }

        var names = await NamesAsync(keys, cancellationToken);
        var report = AnalyticalReport.Build(facts.Build(), municipality, members, period);
        return HostOutcome<RenderedDocument>.Ok(AnalyticalReportDocument.Render(report, id => names.GetValueOrDefault(id.Value)));
    }

    private static HostFailure Reversed()
    {
        var errors = new InputErrors();
        errors.Add("to", "The period cannot end before it starts.");
        return HostFailure.Invalid(errors);
    }

    private DateInterval? Period(YearKey key, LocalDate? from, LocalDate? to)
    {
        var start = from ?? new LocalDate(key.Year, 1, 1);
        var end = to ?? LocalDate.Min(LocalDate.Max(clock.Today, start), new LocalDate(key.Year, 12, 31));
        return end < start ? null : new DateInterval(start, end);
    }

    /// <summary>The facts of one organisation's year; false when the host holds nothing for it.</summary>
    private async Task<bool> AddFactsAsync(MonitoringFactsBuilder facts, YearKey key, CancellationToken cancellationToken)
    {
        var mentees = await store.ReadAsync(AggregateKinds.MenteeBank, key, cancellationToken);
        var mentors = await store.ReadAsync(AggregateKinds.MentorBank, key, cancellationToken);
        var register = await store.ReadAsync(AggregateKinds.PairingRegister, key, cancellationToken);
        var roadmap = await store.ReadAsync(AggregateKinds.Roadmap, key, cancellationToken);
        if (mentees is { } m)
        {
            facts.Add(m.Aggregate);
        }

        if (mentors is { } t)
        {
            facts.Add(t.Aggregate);
        }

        var programmeBook = await store.ReadAsync(AggregateKinds.ProgrammeBook, key, cancellationToken);
        if (register is { } g)
        {
            // With the personalized programmes' plans and done marks (K4).
            facts.Add(g.Aggregate, programmeBook?.Aggregate.Programmes ?? []);
        }

        var staff = await store.ReadAsync(AggregateKinds.StaffList, key, cancellationToken);
        if (staff is { } s)
        {
            StaffService.AddFacts(facts, key, s.Aggregate);
        }

        var book = await store.ReadAsync(AggregateKinds.QuestionnaireBook, key, cancellationToken);
        var programmes = (register?.Aggregate.Units ?? []).Select(u => ProgrammeFact.From(key.OrganizationId, u)).OfType<ProgrammeFact>().ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var response in book?.Aggregate.Responses ?? [])
        {
            // Rebuilt through the core's checks; a response whose programme is gone (cancelled) is left out.
            if (programmes.TryGetValue(response.ProgrammeId, out var programme) && RussianInstruments.Default.Find(response.InstrumentCode) is { } form
                && QuestionnaireResponse.Create(response.Id, form, programme, EducatorId.From(response.Respondent), response.AnsweredOn, response.ToAnswers()) is { IsAccepted: true } rebuilt)
            {
                facts.Add(rebuilt.Value);
            }
        }

        if (roadmap is { } r)
        {
            facts.Add(key.OrganizationId, Scheduler.Schedule(r.Aggregate.Roadmap, key.Year), r.Aggregate.Progress);
        }

        return mentees is not null || mentors is not null || register is not null || roadmap is not null || book is not null || staff is not null;
    }

    // Reports may name people (the coordinator's own documents); the names come from the banks.
    private async Task<Dictionary<string, string>> NamesAsync(IEnumerable<YearKey> keys, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            foreach (var e in (await store.ReadAsync(AggregateKinds.MenteeBank, key, cancellationToken))?.Aggregate.Entries ?? [])
            {
                names[e.Id.Value] = e.Educator.PersonalData.FullName;
            }

            foreach (var e in (await store.ReadAsync(AggregateKinds.MentorBank, key, cancellationToken))?.Aggregate.Entries ?? [])
            {
                names[e.Id.Value] = e.Educator.PersonalData.FullName;
            }
        }

        return names;
    }
}
