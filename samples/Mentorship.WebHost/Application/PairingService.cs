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
/// (the core's <see cref="PairingRegister"/>, opened for the year on first use), then their life after the order. Each
/// request is all or nothing and takes the one path of <c>ChangeAsync</c>; the register consults the organisation's
/// other years, so a mentor's capacity and a mentee's one unit hold across them.
/// </summary>
public sealed partial class PairingService(AggregateStore store, OrganizationService organizations, HostClock clock)
{
    private const string DefaultAgreementContent = "наставническая деятельность по персонализированной программе наставничества";
    private const string SupplementNotPositive = "Ежемесячная доплата наставнику должна быть больше нуля (ст. 351.8 ТК РФ).";

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
            errors.Add("periodEnd", "Период не может заканчиваться раньше, чем начинается.");
        }

        if (input.Form is { } f && !Enum.IsDefined(f))
        {
            errors.Add("form", "Неизвестная форма наставничества.");
        }

        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        var mentees = await store.ReadAsync(AggregateKinds.MenteeBank, key, cancellationToken);
        var mentors = await store.ReadAsync(AggregateKinds.MentorBank, key, cancellationToken);
        if (mentees is null || mentors is null)
        {
            return HostFailure.NotFound($"Пары подбираются по обоим банкам {key}: сначала откройте банк наставляемых и банк наставников.");
        }

        if ((input.MenteeBankVersion is { } mv && mv != mentees.Value.Version) || (input.MentorBankVersion is { } tv && tv != mentors.Value.Version))
        {
            return HostFailure.Conflict(
                $"Банки {key} изменились после просмотренного подбора (сейчас банк наставляемых — версия {mentees.Value.Version}, банк наставников — версия {mentors.Value.Version}). "
                + "Ничего не сохранено: просмотрите подбор ещё раз.");
        }

        var mentorBank = mentors.Value.Aggregate;
        var target = new Target(string.Empty, () => OpenRegister(key, mentorBank));
        return await ChangeRegisterAsync(key, expectedVersion, target, register =>
        {
            var on = input.On ?? clock.Today;
            if (register.SetMentorCapacities(mentorBank, on) is { IsAccepted: false } capacities)
            {
                return Task.FromResult(Applied.Of(capacities, ProposalFields));
            }

            var groups = input.Groups ?? false;
            var existing = register.Units
                .Where(u => u.IsOpen && mentorBank.Contains(u.Mentor))
                .SelectMany(u => u.Mentees.Select(m => new ExistingPair(u.Mentor, m)));
            var problem = MatchingProblem.FromBanks(mentees.Value.Aggregate, mentorBank, existing, MatchingPolicy.Default.WithGroupProposals(groups));
            var proposals = PairProposal.FromMatching(problem.Solve(), new DateInterval(start!.Value, end!.Value), input.Form ?? MentorshipForm.Individual, groups);
            if (proposals.Count == 0)
            {
                errors.Add("matching", "Подбор не предлагает новых пар: у каждого наставляемого, которого он может распределить, пара уже есть.");
                return Task.FromResult<Applied>(HostFailure.Invalid(errors));
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

            return Task.FromResult(violations.Count > 0 ? HostFailure.Rejected(new Rejection(violations), ProposalFields) : Applied.Done);
        }, cancellationToken);
    }

    public async Task<HostOutcome<PairingView>> RecordConsentsAsync(YearKey key, string unitId, UnitConsentsInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.TryValue("unitId", () => MentoringUnitId.From(unitId));
        var signedOn = errors.Required(input.SignedOn, "signedOn");
        var supplement = errors.Required(input.MonthlySupplementRoubles, "monthlySupplementRoubles");
        if (supplement is <= 0)
        {
            errors.Add("monthlySupplementRoubles", SupplementNotPositive);
        }

        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        return await ChangeRegisterAsync(key, expectedVersion, UnitTarget(key, id!.Value, unitId), register =>
        {
            var unit = register[id.Value];
            var agreement = errors.Try("signedOn", () => new MentoringConsent(
                signedOn!.Value,
                string.IsNullOrWhiteSpace(input.Content) ? DefaultAgreementContent : input.Content,
                unit.Period,
                unit.Form,
                new PayTerms(supplement!.Value, input.PayDescription ?? string.Empty),
                input.AgreementNumber));
            if (agreement is null)
            {
                return Task.FromResult<Applied>(HostFailure.Invalid(errors));
            }

            var results = new List<CommandResult> { register.RecordMentorAgreement(unit.Id, agreement) };
            results.AddRange(unit.Mentees.Select(m => register.RecordMenteeConsent(unit.Id, m, new MenteeConsent(signedOn!.Value))));
            var refused = results.Where(r => !r.IsAccepted).SelectMany(r => r.Rejection.Violations).ToArray();
            return Task.FromResult(refused.Length > 0 ? HostFailure.Rejected(new Rejection(refused), ConsentFields) : Applied.Done);
        }, cancellationToken);
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

        var target = new Target($"Журнала наставнических пар и групп {key} ещё нет: сначала предложите пары.");
        return await ChangeRegisterAsync(key, expectedVersion, target, register =>
        {
            var chosen = units ?? register.Units.Where(u => u.Status == MentoringUnitStatus.ConsentsInPlace).Select(u => u.Id).ToArray();
            return Task.FromResult(Applied.Of(register.IssueFixingOrder(new OrderReference(number!, date!.Value), chosen), FixingOrderFields));
        }, cancellationToken, created: true);
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
            ? HostFailure.NotFound($"В журнале наставнических пар и групп {key} нет приказа № {number}.")
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

        return await ChangeRegisterAsync(
            key,
            expectedVersion,
            UnitTarget(key, id.Value, unitId),
            register => Task.FromResult(Applied.Of(register.Activate(id.Value, input.On ?? clock.Today), ActivationFields)),
            cancellationToken);
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
            : HostFailure.NotFound(NoUnit(key, unitId));
    }

    /// <summary>
    /// Completes an active unit with its outcome; with conclusions, its approved programme is completed with that
    /// evaluation by the core's one operation (<see cref="UnitClosing.Complete"/>), in the same save: both or neither.
    /// </summary>
    public async Task<HostOutcome<UnitChangeView>> CompleteAsync(YearKey key, string unitId, UnitCompletionInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.TryValue("unitId", () => MentoringUnitId.From(unitId));
        var outcome = errors.Required(input.Outcome, "outcome");
        if (outcome is { } o && !Enum.IsDefined(o))
        {
            errors.Add("outcome", "Неизвестный итог наставничества.");
        }

        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        return await ChangeUnitAsync(key, id!.Value, unitId, expectedVersion, async register =>
        {
            var on = input.On ?? clock.Today;
            if (string.IsNullOrWhiteSpace(input.Conclusions))
            {
                return Applied.Of(register.Complete(id.Value, on, outcome!.Value), CompletionFields);
            }

            var book = await store.FindAsync(AggregateKinds.ProgrammeBook, key, cancellationToken);
            if (book?.Aggregate.Find(id.Value) is not { } programme)
            {
                errors.Add("conclusions", "У пары или группы нет персонализированной программы, которую можно завершить с этими выводами.");
                return HostFailure.Invalid(errors);
            }

            var completed = UnitClosing.Complete(register, programme, new ProgramEvaluation(on, outcome!.Value, input.Conclusions, input.Recommendations));
            if (completed.IsAccepted)
            {
                store.Update(book);
            }

            return Applied.Of(completed, CompletionFields);
        }, cancellationToken);
    }

    /// <summary>
    /// Ends a fixed or active unit early with an order; its programme, if still open, is closed on the last day by the
    /// core's one operation (<see cref="UnitClosing.TerminateEarly"/>), in the same save. The notice in working days is
    /// the core's rule on the production calendar.
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
            errors.Add("initiatedBy", "Неизвестная сторона.");
        }

        if (grounds is { } g && !Enum.IsDefined(g))
        {
            errors.Add("grounds", "Неизвестное основание.");
        }

        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        return await ChangeUnitAsync(key, id!.Value, unitId, expectedVersion, async register =>
        {
            var book = await store.FindAsync(AggregateKinds.ProgrammeBook, key, cancellationToken);
            var programme = book?.Aggregate.Find(id.Value);
            var wasOpen = programme is { Status: ProgramStatus.Draft or ProgramStatus.Approved };
            var request = new EarlyTerminationRequest(notice!.Value, initiator!.Value, grounds!.Value, endsOn!.Value, order!);
            var ended = UnitClosing.TerminateEarly(register, id.Value, request, programme);
            if (ended.IsAccepted && wasOpen)
            {
                store.Update(book!);
            }

            return Applied.Of(ended, EarlyTerminationFields);
        }, cancellationToken);
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
            errors.Add("grounds", "Неизвестное основание.");
        }

        if (supplement is <= 0)
        {
            errors.Add("monthlySupplementRoubles", SupplementNotPositive);
        }

        if (errors.Any)
        {
            return HostFailure.Invalid(errors);
        }

        return await ChangeUnitAsync(key, id!.Value, unitId, expectedVersion, async register =>
        {
            var unit = register[id.Value];

            // The agreement covers the rest of the period; a first day outside the period is the core's to refuse.
            var rest = unit.Period.Contains(effective!.Value) ? new DateInterval(effective.Value, unit.Period.End) : unit.Period;
            var agreement = errors.Try("agreementSignedOn", () => new MentoringConsent(
                signedOn!.Value,
                string.IsNullOrWhiteSpace(input.AgreementContent) ? DefaultAgreementContent : input.AgreementContent,
                rest,
                unit.Form,
                new PayTerms(supplement!.Value, input.PayDescription ?? string.Empty),
                input.AgreementNumber));
            if (agreement is null)
            {
                return HostFailure.Invalid(errors);
            }

            // The new mentor's places come from the mentor bank, as for proposals.
            var bank = await store.ReadAsync(AggregateKinds.MentorBank, key, cancellationToken);
            if (bank?.Aggregate.Entries.FirstOrDefault(e => e.Id == mentor!.Value) is { } entry && register.CapacityOf(entry.Id) != entry.Capacity
                && register.SetMentorCapacity(entry.Id, entry.Capacity, clock.Today) is { IsAccepted: false } capacity)
            {
                return Applied.Of(capacity, ReplacementFields);
            }

            var request = new MentorReplacementRequest(mentor!.Value, grounds!.Value, notice!.Value, effective.Value, agreement, order!);
            return Applied.Of(register.ReplaceMentor(id.Value, request), ReplacementFields);
        }, cancellationToken);
    }

    private static PairingRegister OpenRegister(YearKey key, Domain.Banks.MentorBank mentors) =>
        PairingRegister.Open(key.OrganizationId, key.Year, HostCalendar.Instance, new PairingPolicy(defaultCapacity: mentors.Policy.DefaultCapacity));

    private static OrderReference? Order(string? number, LocalDate? date, InputErrors errors)
    {
        var n = errors.Required(number, "orderNumber");
        var d = errors.Required(date, "orderDate");
        return n is null || d is null ? null : errors.Try("orderNumber", () => new OrderReference(n, d.Value));
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
}
