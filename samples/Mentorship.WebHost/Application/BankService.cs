using Mentorship.Domain.Banks;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;
using NodaTime;

namespace Mentorship.WebHost.Application;

/// <summary>
/// The banks' use cases (roadmap items 2.1–2.3): read a bank, open one, and send it the core's commands. Each command
/// reads the bank, checks the version the caller based the change on, maps the input, lets the core decide, and
/// saves conditionally on the version read. The host adds no rule of its own.
/// </summary>
public sealed partial class BankService(AggregateStore store, OrganizationService organizations, HostClock clock)
{
    private static readonly ViolationFields DatedCommand = ViolationFields.Default.With("personal-data-consent.", "on");

    public async Task<HostOutcome<MenteeBankView>> GetMenteeBankAsync(YearKey key, CancellationToken cancellationToken) =>
        await store.ReadAsync(AggregateKinds.MenteeBank, key, cancellationToken) is { } found
            ? HostOutcome<MenteeBankView>.Ok(MenteeBankView.Of(found.Aggregate, found.Version, clock.Today), found.Version)
            : NotFound(AggregateKinds.MenteeBank.Name, key);

    public async Task<HostOutcome<MentorBankView>> GetMentorBankAsync(YearKey key, CancellationToken cancellationToken) =>
        await store.ReadAsync(AggregateKinds.MentorBank, key, cancellationToken) is { } found
            ? HostOutcome<MentorBankView>.Ok(MentorBankView.Of(found.Aggregate, found.Version, clock.Today), found.Version)
            : NotFound(AggregateKinds.MentorBank.Name, key);

    /// <summary>
    /// The names of a year's people from both banks, by identifier: all of them (the coordinator's screens), or only
    /// those in <paramref name="only"/> (a participant's own units).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(YearKey key, IReadOnlySet<string>? only, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in (await GetMenteeBankAsync(key, cancellationToken)).Value?.Entries ?? [])
        {
            if (only?.Contains(e.Id) != false)
            {
                names[e.Id] = e.FullName;
            }
        }

        foreach (var e in (await GetMentorBankAsync(key, cancellationToken)).Value?.Entries ?? [])
        {
            if (only?.Contains(e.Id) != false)
            {
                names[e.Id] = e.FullName;
            }
        }

        return names;
    }

    public async Task<HostOutcome<PersonalDataExportView>> ExportAsync(BankKind kind, YearKey key, string id, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        if (Ids.Parse(id, errors, "id") is not { } educatorId)
        {
            return HostFailure.Invalid(errors);
        }

        PersonalDataExport? export;
        if (kind == BankKind.Mentee)
        {
            var found = await store.ReadAsync(AggregateKinds.MenteeBank, key, cancellationToken);
            if (found is null)
            {
                return NotFound(AggregateKinds.MenteeBank.Name, key);
            }

            export = found.Value.Aggregate.ExportPersonalData(educatorId);
        }
        else
        {
            var found = await store.ReadAsync(AggregateKinds.MentorBank, key, cancellationToken);
            if (found is null)
            {
                return NotFound(AggregateKinds.MentorBank.Name, key);
            }

            export = found.Value.Aggregate.ExportPersonalData(educatorId);
        }

        return export is null
            ? HostFailure.NotFound($"В банке нет сведений о «{educatorId}».")
            : HostOutcome<PersonalDataExportView>.Ok(PersonalDataExportView.Of(export));
    }

    public async Task<HostOutcome<MenteeBankView>> OpenMenteeBankAsync(YearKey key, BankOpeningInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var (window, catalog) = Opening(input, errors);
        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        if (await CheckNewAsync(AggregateKinds.MenteeBank, key, cancellationToken) is { } failure)
        {
            return failure;
        }

        var bank = MenteeBank.Open(key.OrganizationId, key.Year, window, catalog);
        return await CreateAsync(AggregateKinds.MenteeBank, key, bank, b => MenteeBankView.Of(b, 1, clock.Today), cancellationToken);
    }

    public async Task<HostOutcome<MentorBankView>> OpenMentorBankAsync(YearKey key, BankOpeningInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var (window, catalog) = Opening(input, errors);
        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        if (await CheckNewAsync(AggregateKinds.MentorBank, key, cancellationToken) is { } failure)
        {
            return failure;
        }

        var policy = new MentorPolicy(input.MinimumTeachingYears ?? MentorPolicy.Default.MinimumTeachingYears, input.DefaultCapacity ?? MentorPolicy.Default.DefaultCapacity);
        var bank = MentorBank.Open(key.OrganizationId, key.Year, policy, window, catalog);
        return await CreateAsync(AggregateKinds.MentorBank, key, bank, b => MentorBankView.Of(b, 1, clock.Today), cancellationToken);
    }

    public Task<HostOutcome<MenteeView>> AdmitMenteeAsync(YearKey key, MenteeAdmissionInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        EducatorId? admitted = null;
        return ChangeAsync(
            AggregateKinds.MenteeBank,
            key,
            expectedVersion,
            bank =>
            {
                var errors = new InputErrors();
                var application = input.ToApplication(key.OrganizationId, errors);
                var intakeOverride = input.IntakeOverride?.ToOverride(errors, "intakeOverride");
                if (application is null || errors.Any)
                {
                    return HostFailure.Invalid(errors);
                }

                var outcome = bank.Admit(application, input.AdmittedOn ?? clock.Today, intakeOverride);
                admitted = application.Educator.Id;
                return outcome.IsAccepted ? null : HostFailure.Rejected(outcome.Rejection, ViolationFields.Default);
            },
            bank => MenteeView.Of(bank[admitted!.Value], clock.Today),
            cancellationToken,
            created: true);
    }

    public Task<HostOutcome<MenteeView>> ChangeRequestsAsync(YearKey key, string id, RequestsInput input, int? expectedVersion, CancellationToken cancellationToken) =>
        MenteeCommandAsync(key, id, expectedVersion, (bank, educator, errors) =>
        {
            var topics = Topics.Parse(errors.Required(input.Requests, "requests"), errors, "requests");
            return topics is null ? null : bank.ChangeRequests(educator, topics, input.On ?? clock.Today);
        },
        cancellationToken);

    public Task<HostOutcome<MenteeView>> ExcludeMentorAsync(YearKey key, string id, ExcludedMentorInput input, int? expectedVersion, CancellationToken cancellationToken) =>
        MenteeCommandAsync(key, id, expectedVersion, (bank, educator, errors) =>
            Ids.Parse(input.MentorId, errors, "mentorId") is { } mentor ? bank.ExcludeMentor(educator, mentor, input.On ?? clock.Today) : null,
            cancellationToken,
            ViolationFields.Default.With("excluded-mentor.", "mentorId"));

    public Task<HostOutcome<MentorView>> AdmitMentorAsync(YearKey key, MentorAdmissionInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        EducatorId? admitted = null;
        return ChangeAsync(
            AggregateKinds.MentorBank,
            key,
            expectedVersion,
            bank =>
            {
                var errors = new InputErrors();
                var application = input.ToApplication(key.OrganizationId, errors);
                var intakeOverride = input.IntakeOverride?.ToOverride(errors, "intakeOverride");
                if (application is null || errors.Any)
                {
                    return HostFailure.Invalid(errors);
                }

                var outcome = bank.Admit(application, input.AdmittedOn ?? clock.Today, intakeOverride);
                admitted = application.Educator.Id;
                return outcome.IsAccepted ? null : HostFailure.Rejected(outcome.Rejection, ViolationFields.Default);
            },
            bank => MentorView.Of(bank[admitted!.Value], clock.Today),
            cancellationToken,
            created: true);
    }

    public Task<HostOutcome<MentorView>> ChangeCompetenciesAsync(YearKey key, string id, CompetenciesInput input, int? expectedVersion, CancellationToken cancellationToken) =>
        MentorCommandAsync(key, id, expectedVersion, (bank, educator, errors) =>
            Competencies.Parse(input.Competencies, errors, "competencies") is { } claims ? bank.ChangeCompetencies(educator, claims, input.On ?? clock.Today) : null,
            cancellationToken);

    public Task<HostOutcome<MentorView>> ChangeCapacityAsync(YearKey key, string id, CapacityInput input, int? expectedVersion, CancellationToken cancellationToken) =>
        MentorCommandAsync(key, id, expectedVersion, (bank, educator, errors) =>
            errors.Required(input.Capacity, "capacity") is { } capacity ? bank.ChangeCapacity(educator, capacity, input.On ?? clock.Today) : null,
            cancellationToken);

    public Task<HostOutcome<MentorView>> RecordTrainingAsync(YearKey key, string id, TrainingInput input, int? expectedVersion, CancellationToken cancellationToken) =>
        MentorCommandAsync(key, id, expectedVersion, (bank, educator, errors) =>
        {
            var date = errors.Required(input.Date, "date");
            var title = errors.Required(input.Title, "title");
            var hours = errors.Required(input.Hours, "hours");
            if (hours is < 1)
            {
                errors.Add("hours", "Занятие длится не меньше часа.");
            }

            return date is null || title is null || hours is null || errors.Any
                ? null
                : bank.RecordTraining(educator, new TrainingSession(date.Value, title.Trim(), hours.Value));
        },
        cancellationToken);

    public Task<HostOutcome<MentorView>> RecordMentoringConsentAsync(YearKey key, string id, MentoringConsentInput input, int? expectedVersion, CancellationToken cancellationToken) =>
        MentorCommandAsync(key, id, expectedVersion, (bank, educator, errors) =>
            input.ToConsent(errors, string.Empty) is { } consent ? bank.RecordMentoringConsent(educator, consent) : null,
            cancellationToken);

    /// <summary>The withdrawal of the consent to personal-data processing: the core erases the person from the bank.</summary>
    public Task<HostOutcome<StatisticsView>> WithdrawConsentAsync(BankKind kind, YearKey key, string id, DateInput input, int? expectedVersion, CancellationToken cancellationToken) =>
        LeaveAsync(kind, key, id, expectedVersion, input.On ?? clock.Today, null, cancellationToken);

    public Task<HostOutcome<StatisticsView>> RemoveAsync(BankKind kind, YearKey key, string id, RemovalInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        if (input.Reason is RemovalReason.ConsentWithdrawn)
        {
            var errors = new InputErrors();
            errors.Add("reason", "Отзыв согласия оформляется через consent-withdrawal: он удаляет персональные данные.");
            return Task.FromResult<HostOutcome<StatisticsView>>(HostFailure.Invalid(errors));
        }

        return LeaveAsync(kind, key, id, expectedVersion, input.On ?? clock.Today, input.Reason ?? RemovalReason.Other, cancellationToken);
    }

    private static HostFailure NotFound(string kind, YearKey key) => HostFailure.NotFound($"Не открыт {kind} {key}: сначала откройте его.");

    private static (IntakeWindow? Window, RequestTopicCatalog? Catalog) Opening(BankOpeningInput input, InputErrors errors)
    {
        input.Check(errors);
        var window = input.WindowStart is { } start && input.WindowEnd is { } end
            ? errors.Try("windowEnd", () => new IntakeWindow(start, end))
            : null;
        var catalog = RequestTopicCatalog.Standard;
        var own = input.OwnTopics ?? [];
        for (var i = 0; i < own.Count; i++)
        {
            var code = errors.Required(own[i]?.Code, $"ownTopics[{i}].code");
            var title = errors.Required(own[i]?.Title, $"ownTopics[{i}].title");
            if (code is null || title is null)
            {
                continue;
            }

            if (!TopicCode.TryParse(code, out var topic))
            {
                errors.Add($"ownTopics[{i}].code", "Код темы — от 1 до 40 строчных латинских букв, цифр и дефисов внутри.");
                continue;
            }

            var current = catalog;
            catalog = errors.Try($"ownTopics[{i}].code", () => current.WithTopic(topic, title.Trim())) ?? current;
        }

        return (window, catalog);
    }

    private async Task<HostFailure?> CheckNewAsync<TAggregate, TRow>(AggregateKind<TAggregate, TRow> kind, YearKey key, CancellationToken cancellationToken)
        where TAggregate : class
        where TRow : YearRow, new()
    {
        if (await organizations.FindAsync(key.OrganizationId.Value, cancellationToken) is null)
        {
            return HostFailure.NotFound($"Организации «{key.OrganizationId}» нет.");
        }

        return await store.ReadAsync(kind, key, cancellationToken) is { } existing
            ? HostFailure.Conflict($"Уже открыт: {kind.Name} {key}.", existing.Version)
            : null;
    }

    private async Task<HostOutcome<TView>> CreateAsync<TAggregate, TRow, TView>(
        AggregateKind<TAggregate, TRow> kind, YearKey key, TAggregate aggregate, Func<TAggregate, TView> view, CancellationToken cancellationToken)
        where TAggregate : class
        where TRow : YearRow, new()
    {
        store.Add(kind, key, aggregate);
        try
        {
            await store.SaveAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException e)
        {
            return HostFailure.Conflict(e.Message);
        }

        return HostOutcome<TView>.New(view(aggregate), 1);
    }

    private Task<HostOutcome<MenteeView>> MenteeCommandAsync(
        YearKey key, string id, int? expectedVersion, Func<MenteeBank, EducatorId, InputErrors, CommandResult?> command, CancellationToken cancellationToken, ViolationFields? fields = null)
    {
        var errors = new InputErrors();
        var educator = Ids.Parse(id, errors, "id");
        return ChangeAsync(
            AggregateKinds.MenteeBank,
            key,
            expectedVersion,
            bank => Apply(educator is null ? null : command(bank, educator.Value, errors), errors, fields ?? DatedCommand),
            bank => MenteeView.Of(bank[educator!.Value], clock.Today),
            cancellationToken);
    }

    private Task<HostOutcome<MentorView>> MentorCommandAsync(
        YearKey key, string id, int? expectedVersion, Func<MentorBank, EducatorId, InputErrors, CommandResult?> command, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var educator = Ids.Parse(id, errors, "id");
        return ChangeAsync(
            AggregateKinds.MentorBank,
            key,
            expectedVersion,
            bank => Apply(educator is null ? null : command(bank, educator.Value, errors), errors, DatedCommand),
            bank => MentorView.Of(bank[educator!.Value], clock.Today),
            cancellationToken);
    }

    /// <summary>A person leaves a bank: removed for a reason, or (without one) by withdrawing the consent.</summary>
    private Task<HostOutcome<StatisticsView>> LeaveAsync(
        BankKind kind, YearKey key, string id, int? expectedVersion, LocalDate on, RemovalReason? reason, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var educator = Ids.Parse(id, errors, "id");
        HostFailure? Run<TEntry>(Bank<TEntry> bank)
            where TEntry : class, IBankEntry =>
            Apply(
                educator is not { } person ? null : reason is { } why ? bank.Remove(person, on, why) : bank.WithdrawConsent(person, on),
                errors,
                DatedCommand);
        return kind == BankKind.Mentee
            ? ChangeAsync(AggregateKinds.MenteeBank, key, expectedVersion, Run, b => StatisticsView.Of(b.GetStatistics()), cancellationToken)
            : ChangeAsync(AggregateKinds.MentorBank, key, expectedVersion, Run, b => StatisticsView.Of(b.GetStatistics()), cancellationToken);
    }

    /// <summary>A command's failure: invalid input first; then the core's rejection (an absent person is a 404).</summary>
    private static HostFailure? Apply(CommandResult? result, InputErrors errors, ViolationFields fields)
    {
        if (errors.Any || result is null)
        {
            return HostFailure.Invalid(errors);
        }

        if (result.IsAccepted)
        {
            return null;
        }

        var rejection = result.Rejection;
        return rejection.Violations.All(v => v.Code == BankMembershipRule.NotInBank)
            ? HostFailure.NotFound(string.Join(" ", rejection.Violations.Select(v => v.Message)))
            : HostFailure.Rejected(rejection, fields);
    }

    private async Task<HostOutcome<TView>> ChangeAsync<TAggregate, TRow, TView>(
        AggregateKind<TAggregate, TRow> kind,
        YearKey key,
        int? expectedVersion,
        Func<TAggregate, HostFailure?> command,
        Func<TAggregate, TView> view,
        CancellationToken cancellationToken,
        bool created = false)
        where TAggregate : class
        where TRow : YearRow, new()
    {
        var stored = await store.FindAsync(kind, key, cancellationToken);
        if (stored is null)
        {
            return NotFound(kind.Name, key);
        }

        if (expectedVersion is { } expected && expected != stored.Version)
        {
            return HostFailure.Stale(kind.Name, key, stored.Version, expected);
        }

        if (command(stored.Aggregate) is { } failure)
        {
            return failure;
        }

        store.Update(stored);
        try
        {
            await store.SaveAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException e)
        {
            return HostFailure.Conflict(e.Message);
        }

        var result = view(stored.Aggregate);
        return created ? HostOutcome<TView>.New(result, stored.Version) : HostOutcome<TView>.Ok(result, stored.Version);
    }
}
