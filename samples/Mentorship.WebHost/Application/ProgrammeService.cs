using Mentorship.Domain.Common;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.Pairing;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;
using NodaTime;

namespace Mentorship.WebHost.Application;

/// <summary>The personalized programmes of the year's pairs and groups: drafted, approved, and rendered as Russian text.</summary>
public sealed class ProgrammeService(AggregateStore store, OrganizationService organizations, HostClock clock)
{
    private static readonly ViolationFields Fields = ViolationFields.Default
        .With("program.diagnosis", "diagnoses").With("program.goal", "goal").With("program.no-tasks", "tasks")
        .With("program.no-expected", "expectedResults").With("program.no-reporting", "reportingForms").With("program.", "plan");

    public async Task<HostOutcome<IReadOnlyList<ProgrammeView>>> ListAsync(YearKey key, CancellationToken cancellationToken) =>
        await store.ReadAsync(AggregateKinds.ProgrammeBook, key, cancellationToken) is { } found
            ? HostOutcome<IReadOnlyList<ProgrammeView>>.Ok(found.Aggregate.Programmes.Select(ProgrammeView.Of).ToArray(), found.Version)
            : HostOutcome<IReadOnlyList<ProgrammeView>>.Ok([]);

    public async Task<HostOutcome<ProgrammeView>> DraftAsync(YearKey key, string unitId, ProgrammeInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.TryValue("unitId", () => MentoringUnitId.From(unitId));
        var diagnoses = new List<MenteeDiagnosis>();
        var given = input.Diagnoses ?? [];
        for (var i = 0; i < given.Count; i++)
        {
            var mentee = Ids.Parse(given[i]?.Mentee, errors, $"diagnoses[{i}].mentee");
            var request = errors.Required(given[i]?.Request, $"diagnoses[{i}].request");
            if (mentee is { } m && request is not null)
            {
                var index = i;
                if (errors.Try($"diagnoses[{i}]", () => new MenteeDiagnosis(m, given[index]!.Difficulties ?? [], given[index]!.Strengths ?? [], request)) is { } diagnosis)
                {
                    diagnoses.Add(diagnosis);
                }
            }
        }

        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        var register = await store.ReadAsync(AggregateKinds.PairingRegister, key, cancellationToken);
        if (register is null || !register.Value.Aggregate.TryGet(id!.Value, out var unit))
        {
            return HostFailure.NotFound($"В реестре пар и групп {key} нет «{unitId}».");
        }

        var stored = await store.FindAsync(AggregateKinds.ProgrammeBook, key, cancellationToken);
        if (Stale(stored?.Version, expectedVersion, key) is { } conflict)
        {
            return conflict;
        }

        if (stored?.Aggregate.Find(unit.Id) is not null)
        {
            return HostFailure.Conflict($"Программа {unit.Id} уже составлена.");
        }

        var plan = StandardMeetingSequence.Generate(unit.Period, HostCalendar.Instance);
        if (!plan.IsAccepted)
        {
            return HostFailure.Rejected(plan.Rejection, Fields);
        }

        var draft = new ProgramDraft(diagnoses, input.Goal ?? string.Empty, input.Tasks ?? [], plan.Value, input.ExpectedResults ?? [], input.ReportingForms ?? []);
        var drafted = PersonalizedProgram.Draft(unit, key.OrganizationId, draft, clock.Today);
        if (!drafted.IsAccepted)
        {
            return HostFailure.Rejected(drafted.Rejection, Fields);
        }

        int version;
        if (stored is null)
        {
            version = store.Add(AggregateKinds.ProgrammeBook, key, new ProgrammeBook([drafted.Value])).Version;
        }
        else
        {
            stored.Aggregate.Add(drafted.Value);
            store.Update(stored);
            version = stored.Version;
        }

        return await SaveAsync(drafted.Value, version, created: true, cancellationToken);
    }

    public Task<HostOutcome<ProgrammeView>> ApproveAsync(YearKey key, string unitId, DateInput input, int? expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(key, unitId, expectedVersion, p => p.Approve(input.On ?? clock.Today), Fields.With("program-status", "unitId"), cancellationToken);

    /// <summary>Puts the done mark on a plan item of an approved programme.</summary>
    public Task<HostOutcome<ProgrammeView>> MarkDoneAsync(YearKey key, string unitId, int number, PlanItemDoneInput input, int? expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(
            key, unitId, expectedVersion,
            p => p.MarkDone(number, input.On ?? clock.Today, string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim()),
            Fields.With("program-status", "unitId").With("plan-item.", "number"),
            cancellationToken);

    /// <summary>Removes a done mark put by mistake from a plan item of an approved programme; the item is due again.</summary>
    public Task<HostOutcome<ProgrammeView>> RemoveDoneMarkAsync(YearKey key, string unitId, int number, LocalDate? on, int? expectedVersion, CancellationToken cancellationToken) =>
        ChangeAsync(
            key, unitId, expectedVersion,
            p => p.RemoveDoneMark(number, on ?? clock.Today),
            Fields.With("program-status", "unitId").With("plan-item.", "number"),
            cancellationToken);

    /// <summary>Loads the year's programmes, applies one command to a programme and saves, or answers why not (404, 409, 400).</summary>
    private async Task<HostOutcome<ProgrammeView>> ChangeAsync(
        YearKey key, string unitId, int? expectedVersion, Func<PersonalizedProgram, CommandResult> change, ViolationFields fields, CancellationToken cancellationToken)
    {
        var stored = await store.FindAsync(AggregateKinds.ProgrammeBook, key, cancellationToken);
        var id = new InputErrors().TryValue("unitId", () => MentoringUnitId.From(unitId));
        var programme = stored is null || id is null ? null : stored.Aggregate.Find(id.Value);
        if (stored is null || programme is null)
        {
            return HostFailure.NotFound($"Программы «{unitId}» в {key} нет.");
        }

        if (Stale(stored.Version, expectedVersion, key) is { } conflict)
        {
            return conflict;
        }

        var result = change(programme);
        if (!result.IsAccepted)
        {
            return HostFailure.Rejected(result.Rejection, fields);
        }

        store.Update(stored);
        return await SaveAsync(programme, stored.Version, created: false, cancellationToken);
    }

    /// <summary>The programme as the core renders it in Russian, with the participants from the banks and blank signature lines.</summary>
    public async Task<HostOutcome<RenderedDocument>> TextAsync(YearKey key, string unitId, CancellationToken cancellationToken)
    {
        var book = await store.ReadAsync(AggregateKinds.ProgrammeBook, key, cancellationToken);
        var register = await store.ReadAsync(AggregateKinds.PairingRegister, key, cancellationToken);
        var organization = await organizations.FindAsync(key.OrganizationId.Value, cancellationToken);
        var id = new InputErrors().TryValue("unitId", () => MentoringUnitId.From(unitId));
        if (book is null || register is null || organization is null || id is null
            || book.Value.Aggregate.Find(id.Value) is not { } programme || !register.Value.Aggregate.TryGet(id.Value, out var unit))
        {
            return HostFailure.NotFound($"Программы «{unitId}» в {key} нет.");
        }

        var mentees = await store.ReadAsync(AggregateKinds.MenteeBank, key, cancellationToken);
        var mentors = await store.ReadAsync(AggregateKinds.MentorBank, key, cancellationToken);
        var directory = mentees is { } m && mentors is { } t ? ParticipantDirectory.FromBanks(m.Aggregate, t.Aggregate, programme.DraftedOn) : ParticipantDirectory.Empty;
        var blank = new string('_', 20);
        var signatures = new OrderSignatures(new Signatory("Директор", blank), new Signatory("Заместитель директора по УВР", blank));
        return HostOutcome<RenderedDocument>.Ok(ProgramDocument.Render(programme, unit, organization, directory, signatures));
    }

    private static HostFailure? Stale(int? version, int? expected, YearKey key) =>
        version is { } v && expected is { } e && e != v
            ? HostFailure.Stale(AggregateKinds.ProgrammeBook.Name, key, v, e)
            : null;

    private async Task<HostOutcome<ProgrammeView>> SaveAsync(PersonalizedProgram programme, int version, bool created, CancellationToken cancellationToken)
    {
        try
        {
            await store.SaveAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException e)
        {
            return HostFailure.Conflict(e.Message);
        }

        var view = ProgrammeView.Of(programme);
        return created ? HostOutcome<ProgrammeView>.New(view, version) : HostOutcome<ProgrammeView>.Ok(view, version);
    }
}
