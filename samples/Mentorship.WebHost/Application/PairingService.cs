using Mentorship.Domain.Common;
using Mentorship.Domain.Documents;
using Mentorship.Domain.Matching;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;
using NodaTime;

namespace Mentorship.WebHost.Application;

/// <summary>
/// Roadmap item 2.4: pairs and groups proposed from the matching, their written consents, and the order fixing them
/// (the core's <see cref="PairingRegister"/>, opened for the year on first use). Each request is all or nothing.
/// </summary>
public sealed class PairingService(AggregateStore store, OrganizationService organizations, HostClock clock)
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
            : HostOutcome<PairingView>.Ok(new PairingView(key.OrganizationId.Value, key.Year, 0, [], []));

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
        if (supplement is < 0)
        {
            errors.Add("monthlySupplementRoubles", "The supplement cannot be negative.");
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
        var organization = await organizations.FindAsync(key.OrganizationId.Value, cancellationToken);
        if (register is null || order is null || organization is null)
        {
            return HostFailure.NotFound($"The pairing register {key} has no order № {number}.");
        }

        var mentees = await store.ReadAsync(AggregateKinds.MenteeBank, key, cancellationToken);
        var mentors = await store.ReadAsync(AggregateKinds.MentorBank, key, cancellationToken);
        var directory = mentees is { } m && mentors is { } t ? ParticipantDirectory.FromBanks(m.Aggregate, t.Aggregate, order.Date) : ParticipantDirectory.Empty;
        var blank = new string('_', 20);
        var signatures = new OrderSignatures(head ?? new Signatory("Директор", blank), responsible ?? new Signatory("Заместитель директора по УВР", blank));
        return HostOutcome<RenderedDocument>.Ok(PairingOrderDocument.Render(register.Value.Aggregate, order, organization, directory, signatures));
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
