using Mentorship.Domain.Common;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Matching;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.People;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;
using NodaTime;

namespace Mentorship.WebHost.Application;

/// <summary>
/// Roadmap item 2.4: pairs and groups proposed from the matching, their written consents, and the order fixing them
/// (the core's <see cref="PairingRegister"/>, opened for the year on first use). Each request is all or nothing.
/// </summary>
public sealed partial class PairingService(AggregateStore store, OrganizationService organizations, HostClock clock)
{
    private static readonly ViolationFields ProposalFields = ViolationFields.Default
        .With("mentee-unit.", "matching").With("participants.", "matching").With("group-size.", "groups").With("mentor-load.", "matching")
        .With("program-period", "periodEnd");

    private static readonly ViolationFields ConsentFields = ViolationFields.Default
        .With("mentor-agreement.", "signedOn").With("mentee-consent.", "signedOn").With("unit-status.", "unitId");

    private static readonly ViolationFields OrderFields = ViolationFields.Default
        .With("order.number", "number").With("order.dated", "date").With("order.", "units")
        .With("mentor-agreement.", "units").With("mentee-consent.", "units").With("unit-status.", "units");

    public async Task<HostOutcome<PairingView>> GetAsync(YearKey key, CancellationToken cancellationToken) =>
        await store.ReadAsync(AggregateKinds.PairingRegister, key, cancellationToken) is { } found
            ? HostOutcome<PairingView>.Ok(PairingView.Of(found.Aggregate, found.Version), found.Version)
            : HostOutcome<PairingView>.Ok(new PairingView(key.OrganizationId.Value, key.Year, 0, [], [], []));

    /// <summary>Proposes the matching's pairs (and groups) over the pairs already in the register.</summary>
    public async Task<HostOutcome<PairingView>> ProposeFromMatchingAsync(YearKey key, ProposalsInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var start = errors.Required(input.PeriodStart, "periodStart");
        var end = errors.Required(input.PeriodEnd, "periodEnd");
        if (start is { } s && end is { } e && e < s)
        {
            errors.Add("periodEnd", "The period cannot end before it starts.");
        }

        if (input.Form is { } f && !Enum.IsDefined(f))
        {
            errors.Add("form", "Unknown form.");
        }

        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        var mentees = await store.ReadAsync(AggregateKinds.MenteeBank, key, cancellationToken);
        var mentors = await store.ReadAsync(AggregateKinds.MentorBank, key, cancellationToken);
        if (mentees is null || mentors is null)
        {
            return HostFailure.NotFound($"Pairs come from the matching of both banks of {key}; open them first.");
        }

        if ((input.MenteeBankVersion is { } mv && mv != mentees.Value.Version) || (input.MentorBankVersion is { } tv && tv != mentors.Value.Version))
        {
            return HostFailure.Conflict(
                $"The banks of {key} changed since the matching that was reviewed (now mentee bank {mentees.Value.Version}, mentor bank {mentors.Value.Version}). "
                + "Nothing was saved: review the matching again.");
        }

        var stored = await store.FindAsync(AggregateKinds.PairingRegister, key, cancellationToken);
        if (stored is not null && Stale(stored.Version, expectedVersion, key) is { } conflict)
        {
            return conflict;
        }

        var mentorBank = mentors.Value.Aggregate;
        var register = stored?.Aggregate
            ?? PairingRegister.Open(key.OrganizationId, key.Year, HostCalendar.Instance, new PairingPolicy(defaultCapacity: mentorBank.Policy.DefaultCapacity));
        var on = input.On ?? clock.Today;
        if (register.SetMentorCapacities(mentorBank, on) is { IsAccepted: false } capacities)
        {
            return HostFailure.Rejected(capacities.Rejection, ProposalFields);
        }

        var groups = input.Groups ?? false;
        var existing = register.Units
            .Where(u => u.IsOpen && mentorBank.Contains(u.Mentor))
            .SelectMany(u => u.Mentees.Select(m => new ExistingPair(u.Mentor, m)));
        var problem = MatchingProblem.FromBanks(mentees.Value.Aggregate, mentorBank, existing, MatchingPolicy.Default.WithGroupProposals(groups));
        var proposals = PairProposal.FromMatching(problem.Solve(), new DateInterval(start!.Value, end!.Value), input.Form ?? MentorshipForm.Individual, groups);
        if (proposals.Count == 0)
        {
            errors.Add("matching", "The matching proposes no new pair: every mentee it can place has a pair already.");
            return HostFailure.Invalid(errors);
        }

        var violations = new List<RuleViolation>();
        foreach (var proposal in proposals)
        {
            var outcome = register.Propose(proposal, on);
            if (outcome.IsRejected)
            {
                violations.AddRange(outcome.Rejection.Violations);
            }
            else if (outcome.NeedsAcknowledgement)
            {
                violations.AddRange(outcome.Acknowledgement.Warnings.Select(w => new RuleViolation(w.Rule, w.Code, w.Message, proposal.Mentor.Value)));
            }
        }

        if (violations.Count > 0)
        {
            return HostFailure.Rejected(new Rejection(violations), ProposalFields);
        }

        return await SaveAsync(key, register, stored, cancellationToken);
    }

    public async Task<HostOutcome<PairingView>> RecordConsentsAsync(YearKey key, string unitId, UnitConsentsInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.TryValue("unitId", () => MentoringUnitId.From(unitId));
        var signedOn = errors.Required(input.SignedOn, "signedOn");
        var supplement = errors.Required(input.MonthlySupplementRoubles, "monthlySupplementRoubles");
        if (supplement is <= 0)
        {
            errors.Add("monthlySupplementRoubles", "Ежемесячная доплата наставнику должна быть больше нуля (ст. 351.8 ТК РФ).");
        }

        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        var stored = await store.FindAsync(AggregateKinds.PairingRegister, key, cancellationToken);
        if (stored is null || !stored.Aggregate.TryGet(id!.Value, out var unit))
        {
            return HostFailure.NotFound($"The pairing register {key} has no unit '{unitId}'.");
        }

        if (Stale(stored.Version, expectedVersion, key) is { } conflict)
        {
            return conflict;
        }

        var agreement = errors.Try("signedOn", () => new MentoringConsent(
            signedOn!.Value,
            string.IsNullOrWhiteSpace(input.Content) ? "наставническая деятельность по персонализированной программе наставничества" : input.Content,
            unit.Period,
            unit.Form,
            new PayTerms(supplement!.Value, input.PayDescription ?? string.Empty),
            input.AgreementNumber));
        if (agreement is null)
        {
            return HostFailure.Invalid(errors);
        }

        var register = stored.Aggregate;
        var results = new List<CommandResult> { register.RecordMentorAgreement(unit.Id, agreement) };
        results.AddRange(unit.Mentees.Select(m => register.RecordMenteeConsent(unit.Id, m, new MenteeConsent(signedOn!.Value))));
        var refused = results.Where(r => !r.IsAccepted).SelectMany(r => r.Rejection.Violations).ToArray();
        if (refused.Length > 0)
        {
            return HostFailure.Rejected(new Rejection(refused), ConsentFields);
        }

        return await SaveAsync(key, register, stored, cancellationToken);
    }

    public async Task<HostOutcome<PairingView>> IssueFixingOrderAsync(YearKey key, OrderInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var number = errors.Required(input.Number, "number");
        var date = errors.Required(input.Date, "date");
        var units = Ids(input.Units, errors);
        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        var stored = await store.FindAsync(AggregateKinds.PairingRegister, key, cancellationToken);
        if (stored is null)
        {
            return HostFailure.NotFound($"There is no pairing register {key}; propose pairs first.");
        }

        if (Stale(stored.Version, expectedVersion, key) is { } conflict)
        {
            return conflict;
        }

        var register = stored.Aggregate;
        var chosen = units ?? register.Units.Where(u => u.Status == MentoringUnitStatus.ConsentsInPlace).Select(u => u.Id).ToArray();
        var issued = register.IssueFixingOrder(new OrderReference(number!, date!.Value), chosen);
        return issued.IsAccepted
            ? await SaveAsync(key, register, stored, cancellationToken, created: true)
            : HostFailure.Rejected(issued.Rejection, OrderFields);
    }

    /// <summary>
    /// An order of the year as the core renders it in Russian (Markdown and plain text), with the participants' names,
    /// posts and categories from the banks, and the signatories given (by default the posts with blank lines to sign by hand: no names travel in a URL).
    /// </summary>
    public async Task<HostOutcome<RenderedDocument>> OrderTextAsync(YearKey key, string? number, Signatory? head, Signatory? responsible, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        if (errors.Required(number, "number") is null)
        {
            return HostFailure.Invalid(errors);
        }

        var register = await store.ReadAsync(AggregateKinds.PairingRegister, key, cancellationToken);
        var order = register?.Aggregate.FindOrder(number!);
        var rendered = register is null || order is null ? null : await RenderAsync(key, register.Value.Aggregate, order, head, responsible, cancellationToken);
        return rendered is null
            ? HostFailure.NotFound($"The pairing register {key} has no order № {number}.")
            : HostOutcome<RenderedDocument>.Ok(rendered);
    }

    /// <summary>The unit's programme starts (after the fixing order, within its period).</summary>
    public async Task<HostOutcome<PairingView>> ActivateAsync(YearKey key, string unitId, DateInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.TryValue("unitId", () => MentoringUnitId.From(unitId));
        if (id is null)
        {
            return HostFailure.Invalid(errors);
        }

        var stored = await store.FindAsync(AggregateKinds.PairingRegister, key, cancellationToken);
        if (stored is null || !stored.Aggregate.TryGet(id.Value, out _))
        {
            return HostFailure.NotFound($"The pairing register {key} has no unit '{unitId}'.");
        }

        if (Stale(stored.Version, expectedVersion, key) is { } conflict)
        {
            return conflict;
        }

        var result = stored.Aggregate.Activate(id.Value, input.On ?? clock.Today);
        return result.IsAccepted
            ? await SaveAsync(key, stored.Aggregate, stored, cancellationToken)
            : HostFailure.Rejected(result.Rejection, ViolationFields.Default.With("activation.", "on").With("unit-status.", "unitId"));
    }

    /// <summary>The earliest last day of mentoring for a notice given on a day (default today), by the core's notice rule.</summary>
    public async Task<HostOutcome<NoticeView>> NoticeAsync(YearKey key, LocalDate? givenOn, CancellationToken cancellationToken)
    {
        var register = await store.ReadAsync(AggregateKinds.PairingRegister, key, cancellationToken);
        var days = (register?.Aggregate.Policy ?? PairingPolicy.Default).NoticeWorkingDays;
        var on = givenOn ?? clock.Today;
        return HostOutcome<NoticeView>.Ok(new NoticeView(on, days, NoticePeriodRule.EarliestLastDay(HostCalendar.Instance, on, days)));
    }

    /// <summary>One pair or group of the year.</summary>
    public async Task<HostOutcome<UnitView>> GetUnitAsync(YearKey key, string unitId, CancellationToken cancellationToken)
    {
        var register = await store.ReadAsync(AggregateKinds.PairingRegister, key, cancellationToken);
        var id = new InputErrors().TryValue("unitId", () => MentoringUnitId.From(unitId));
        return register is { } r && id is { } i && r.Aggregate.TryGet(i, out var unit)
            ? HostOutcome<UnitView>.Ok(UnitView.Of(unit), r.Version)
            : HostFailure.NotFound($"The pairing register {key} has no unit '{unitId}'.");
    }

    /// <summary>
    /// Completes an active unit with its outcome; with conclusions, its approved programme is completed with that
    /// evaluation in the same save (both or neither).
    /// </summary>
    public async Task<HostOutcome<UnitChangeView>> CompleteAsync(YearKey key, string unitId, UnitCompletionInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.TryValue("unitId", () => MentoringUnitId.From(unitId));
        var outcome = errors.Required(input.Outcome, "outcome");
        if (outcome is { } o && !Enum.IsDefined(o))
        {
            errors.Add("outcome", "Unknown outcome.");
        }

        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        var found = await FindUnitAsync(key, id!.Value, unitId, expectedVersion, cancellationToken);
        if (found.Failure is { } failure)
        {
            return failure;
        }

        var stored = found.Value!;
        var register = stored.Aggregate;
        var on = input.On ?? clock.Today;
        var fields = ViolationFields.Default.With("completion.", "on").With("unit-status.", "unitId").With("program-status.", "conclusions");

        // The programme is checked first, so that a refusal leaves both aggregates as they were.
        Stored<ProgrammeBook, ProgrammeBookRow>? book = null;
        PersonalizedProgram? programme = null;
        if (!string.IsNullOrWhiteSpace(input.Conclusions))
        {
            book = await store.FindAsync(AggregateKinds.ProgrammeBook, key, cancellationToken);
            programme = book?.Aggregate.Find(id.Value);
            if (programme is null)
            {
                errors.Add("conclusions", "The unit has no personalized programme to complete with these conclusions.");
                return HostFailure.Invalid(errors);
            }

            if (ProgramStatusRule.Check(programme, ProgramStatusRule.NotApproved, ProgramStatus.Approved) is { } notApproved)
            {
                return HostFailure.Rejected(new Rejection(notApproved), fields);
            }
        }

        var completed = register.Complete(id.Value, on, outcome!.Value);
        if (!completed.IsAccepted)
        {
            return HostFailure.Rejected(completed.Rejection, fields);
        }

        if (book is not null && programme is not null && programme.Complete(new ProgramEvaluation(on, outcome.Value, input.Conclusions!, input.Recommendations)).IsAccepted)
        {
            store.Update(book);
        }

        return await SaveChangeAsync(key, stored, id.Value, null, cancellationToken);
    }

    /// <summary>
    /// Ends a fixed or active unit early with an order; its programme, if still open, is closed on the last day in the
    /// same save. The notice in working days is the core's rule on the production calendar.
    /// </summary>
    public async Task<HostOutcome<UnitChangeView>> TerminateEarlyAsync(YearKey key, string unitId, EarlyTerminationInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.TryValue("unitId", () => MentoringUnitId.From(unitId));
        var notice = errors.Required(input.NoticeGivenOn, "noticeGivenOn");
        var initiator = errors.Required(input.InitiatedBy, "initiatedBy");
        var grounds = errors.Required(input.Grounds, "grounds");
        var endsOn = errors.Required(input.EndsOn, "endsOn");
        var order = Order(input.OrderNumber, input.OrderDate, errors);
        if (initiator is { } i && !Enum.IsDefined(i))
        {
            errors.Add("initiatedBy", "Unknown side.");
        }

        if (grounds is { } g && !Enum.IsDefined(g))
        {
            errors.Add("grounds", "Unknown grounds.");
        }

        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        var found = await FindUnitAsync(key, id!.Value, unitId, expectedVersion, cancellationToken);
        if (found.Failure is { } failure)
        {
            return failure;
        }

        var stored = found.Value!;
        var fields = ViolationFields.Default
            .With("unit-status.", "unitId").With("early-termination.reserved-grounds", "grounds").With("early-termination.order-after-end", "orderDate")
            .With("early-termination.", "endsOn").With("notice.too-short", "endsOn").With("notice.before-fixing-order", "noticeGivenOn")
            .With("order.dated", "orderDate").With("order.", "orderNumber");
        var ended = stored.Aggregate.TerminateEarly(id.Value, new EarlyTerminationRequest(notice!.Value, initiator!.Value, grounds!.Value, endsOn!.Value, order!));
        if (!ended.IsAccepted)
        {
            return HostFailure.Rejected(ended.Rejection, fields);
        }

        var book = await store.FindAsync(AggregateKinds.ProgrammeBook, key, cancellationToken);
        if (book?.Aggregate.Find(id.Value) is { Status: ProgramStatus.Draft or ProgramStatus.Approved } programme && programme.Close(endsOn.Value).IsAccepted)
        {
            store.Update(book);
        }

        return await SaveChangeAsync(key, stored, id.Value, ended.Value, cancellationToken);
    }

    /// <summary>Replaces the mentor of a fixed or active unit with an order; the new mentor's agreement covers the rest of the period.</summary>
    public async Task<HostOutcome<UnitChangeView>> ReplaceMentorAsync(YearKey key, string unitId, MentorReplacementInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.TryValue("unitId", () => MentoringUnitId.From(unitId));
        var mentor = Contracts.Ids.Parse(input.NewMentor, errors, "newMentor");
        var grounds = errors.Required(input.Grounds, "grounds");
        var notice = errors.Required(input.NoticeGivenOn, "noticeGivenOn");
        var effective = errors.Required(input.EffectiveOn, "effectiveOn");
        var signedOn = errors.Required(input.AgreementSignedOn, "agreementSignedOn");
        var supplement = errors.Required(input.MonthlySupplementRoubles, "monthlySupplementRoubles");
        var order = Order(input.OrderNumber, input.OrderDate, errors);
        if (grounds is { } g && !Enum.IsDefined(g))
        {
            errors.Add("grounds", "Unknown grounds.");
        }

        if (supplement is <= 0)
        {
            errors.Add("monthlySupplementRoubles", "Ежемесячная доплата наставнику должна быть больше нуля (ст. 351.8 ТК РФ).");
        }

        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        var found = await FindUnitAsync(key, id!.Value, unitId, expectedVersion, cancellationToken);
        if (found.Failure is { } failure)
        {
            return failure;
        }

        var stored = found.Value!;
        var unit = stored.Aggregate[id.Value];

        // The agreement covers the rest of the period; a first day outside the period is the core's to refuse.
        var rest = unit.Period.Contains(effective!.Value) ? new DateInterval(effective.Value, unit.Period.End) : unit.Period;
        var agreement = errors.Try("agreementSignedOn", () => new MentoringConsent(
            signedOn!.Value,
            string.IsNullOrWhiteSpace(input.AgreementContent) ? "наставническая деятельность по персонализированной программе наставничества" : input.AgreementContent,
            rest,
            unit.Form,
            new PayTerms(supplement!.Value, input.PayDescription ?? string.Empty),
            input.AgreementNumber));
        if (agreement is null)
        {
            return HostFailure.Invalid(errors);
        }

        var fields = ViolationFields.Default
            .With("unit-status.", "unitId").With("replacement.same-mentor", "newMentor").With("replacement.new-mentor-is-mentee", "newMentor")
            .With("replacement.order-after-effective-day", "orderDate").With("replacement.", "effectiveOn").With("participants.", "newMentor")
            .With("mentor-load.", "newMentor").With("mentor-agreement.", "agreementSignedOn").With("notice.too-short", "effectiveOn")
            .With("notice.before-fixing-order", "noticeGivenOn").With("order.dated", "orderDate").With("order.", "orderNumber");
        // The new mentor's places come from the mentor bank, as for proposals.
        var bank = await store.ReadAsync(AggregateKinds.MentorBank, key, cancellationToken);
        if (bank?.Aggregate.Entries.FirstOrDefault(e => e.Id == mentor!.Value) is { } entry && stored.Aggregate.CapacityOf(entry.Id) != entry.Capacity
            && stored.Aggregate.SetMentorCapacity(entry.Id, entry.Capacity, clock.Today) is { IsAccepted: false } capacity)
        {
            return HostFailure.Rejected(capacity.Rejection, fields);
        }

        var replaced = stored.Aggregate.ReplaceMentor(id.Value, new MentorReplacementRequest(mentor!.Value, grounds!.Value, notice!.Value, effective.Value, agreement, order!));
        return replaced.IsAccepted
            ? await SaveChangeAsync(key, stored, id.Value, replaced.Value, cancellationToken)
            : HostFailure.Rejected(replaced.Rejection, fields);
    }

    private static OrderReference? Order(string? number, LocalDate? date, InputErrors errors)
    {
        var n = errors.Required(number, "orderNumber");
        var d = errors.Required(date, "orderDate");
        return n is null || d is null ? null : errors.Try("orderNumber", () => new OrderReference(n, d.Value));
    }

    private async Task<HostOutcome<Stored<PairingRegister, PairingRegisterRow>>> FindUnitAsync(
        YearKey key, MentoringUnitId id, string unitId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var stored = await store.FindAsync(AggregateKinds.PairingRegister, key, cancellationToken);
        if (stored is null || !stored.Aggregate.TryGet(id, out _))
        {
            return HostFailure.NotFound($"The pairing register {key} has no unit '{unitId}'.");
        }

        return Stale(stored.Version, expectedVersion, key) is { } conflict ? conflict : HostOutcome<Stored<PairingRegister, PairingRegisterRow>>.Ok(stored, stored.Version);
    }

    private async Task<HostOutcome<UnitChangeView>> SaveChangeAsync(
        YearKey key, Stored<PairingRegister, PairingRegisterRow> stored, MentoringUnitId id, AdministrativeOrder? order, CancellationToken cancellationToken)
    {
        store.Update(stored);
        try
        {
            await store.SaveAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException e)
        {
            return HostFailure.Conflict(e.Message);
        }

        var text = order is null ? null : (await RenderAsync(key, stored.Aggregate, order, null, null, cancellationToken))?.Markdown;
        var view = new UnitChangeView(UnitView.Of(stored.Aggregate[id]), stored.Version, order is null ? null : OrderView.Of(order), text);
        return HostOutcome<UnitChangeView>.Ok(view, stored.Version);
    }

    private async Task<RenderedDocument?> RenderAsync(
        YearKey key, PairingRegister register, AdministrativeOrder order, Signatory? head, Signatory? responsible, CancellationToken cancellationToken)
    {
        var organization = await organizations.FindAsync(key.OrganizationId.Value, cancellationToken);
        if (organization is null)
        {
            return null;
        }

        var mentees = await store.ReadAsync(AggregateKinds.MenteeBank, key, cancellationToken);
        var mentors = await store.ReadAsync(AggregateKinds.MentorBank, key, cancellationToken);
        var directory = mentees is { } m && mentors is { } t ? ParticipantDirectory.FromBanks(m.Aggregate, t.Aggregate, order.Date) : ParticipantDirectory.Empty;

        // Mentors from other organisations are printed with their organisation's short name when the host knows it.
        var others = new List<Organization>();
        foreach (var other in register.ExternalMentors.Values.Distinct())
        {
            if (await organizations.FindAsync(other.Value, cancellationToken) is { } known)
            {
                others.Add(known);
            }
        }

        directory = directory.WithOrganizations(others);
        var blank = new string('_', 20);
        var signatures = new OrderSignatures(head ?? new Signatory("Директор", blank), responsible ?? new Signatory("Заместитель директора по УВР", blank));
        return PairingOrderDocument.Render(register, order, organization, directory, signatures);
    }

    private static MentoringUnitId[]? Ids(IReadOnlyList<string>? ids, InputErrors errors)
    {
        if (ids is null)
        {
            return null;
        }

        var parsed = new List<MentoringUnitId>();
        for (var i = 0; i < ids.Count; i++)
        {
            var index = i;
            if (errors.TryValue($"units[{i}]", () => MentoringUnitId.From(ids[index])) is { } id)
            {
                parsed.Add(id);
            }
        }

        return parsed.ToArray();
    }

    private static HostFailure? Stale(int version, int? expected, YearKey key) =>
        expected is { } e && e != version
            ? HostFailure.Conflict(
                $"The pairing register {key} is at version {version}, but this change was based on version {e}: another coordinator changed it meanwhile. Nothing was saved: reload and repeat the change.",
                version)
            : null;

    private async Task<HostOutcome<PairingView>> SaveAsync(
        YearKey key, PairingRegister register, Stored<PairingRegister, PairingRegisterRow>? stored, CancellationToken cancellationToken, bool created = false)
    {
        int version;
        if (stored is null)
        {
            version = store.Add(AggregateKinds.PairingRegister, key, register).Version;
        }
        else
        {
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

        var view = PairingView.Of(register, version);
        return created || stored is null ? HostOutcome<PairingView>.New(view, version) : HostOutcome<PairingView>.Ok(view, version);
    }
}
