using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Banks;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Common;
using Mentorship.Domain.Pairing.Events;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// The register of an organisation's mentoring pairs and groups for one year (журнал наставнических пар и групп): the
/// aggregate that proposes them, collects their consents, fixes them by orders, starts, completes, ends early or
/// re-mentors them, and keeps the rules that span units: a mentor's capacity on every day across all their pairs and
/// groups, one unit per mentee at a time.
/// </summary>
/// <remarks>
/// <para>
/// Every command returns a named result; a refused command changes nothing. Dates of notice are computed with the
/// register's <see cref="IWorkingDayCalendar"/>; a calendar that does not know a year throws
/// <see cref="UnknownProductionYearException"/> from the commands that count working days in it.
/// </para>
/// <para>
/// A register covers one year, but a mentor's capacity and a mentee's single unit hold on every day across everything
/// the person is in: the host gives the register its other registers with <see cref="Consult"/> (the organisation's
/// other years, and other organisations' registers where the mentor leads virtual units), and every load and
/// overlap check counts their units too.
/// </para>
/// <para>Not thread-safe: a host serialises the commands sent to one register.</para>
/// </remarks>
public sealed class PairingRegister : AggregateRoot
{
    private const string PseudonymPrefix = "anonymous-";

    private readonly SortedDictionary<MentoringUnitId, MentoringUnit> _units = [];
    private readonly OrderBook _orders = new();
    private readonly SortedDictionary<EducatorId, int> _capacities = [];
    private readonly SortedSet<EducatorId> _anonymised = [];
    private readonly SortedDictionary<EducatorId, OrganizationId> _externalMentors = [];

    // Every unit a person appears in (as mentor, former mentor, mentee or departed mentee), so that the rules look at a
    // person's few units rather than at the whole register. Only ever a superset: lookups filter again.
    private readonly Dictionary<EducatorId, List<MentoringUnit>> _byPerson = [];

    // The other registers whose units count in a mentor's load and a mentee's one-unit-at-a-time rule (the load
    // ledger): the host's registers of the organisation's other years, and of other organisations where a mentor leads
    // virtual units. Not part of the snapshot: the host consults them again after loading.
    private PairingRegister[] _consulted = [];
    private int _nextUnitNumber = 1;

    private PairingRegister(OrganizationId organizationId, int year, IWorkingDayCalendar calendar, PairingPolicy policy)
    {
        Guard.Against.Default(organizationId);
        OrganizationId = organizationId;
        Year = Guard.Against.OutOfRange(year, nameof(year), 1990, 2200);
        Calendar = Guard.Against.Null(calendar);
        Policy = Guard.Against.Null(policy);
    }

    /// <summary>The organisation.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>The year (the intake year of the banks the pairs come from).</summary>
    public int Year { get; }

    /// <summary>The working-day calendar notice periods are counted with.</summary>
    public IWorkingDayCalendar Calendar { get; }

    /// <summary>The policy.</summary>
    public PairingPolicy Policy { get; }

    /// <summary>The pairs and groups, ordered by identifier.</summary>
    public IReadOnlyCollection<MentoringUnit> Units => _units.Values;

    /// <summary>The orders issued, oldest first.</summary>
    public IReadOnlyList<AdministrativeOrder> Orders => _orders.All;

    /// <summary>The other registers this one consults for loads and overlaps (<see cref="Consult"/>).</summary>
    public IReadOnlyList<PairingRegister> ConsultedRegisters => _consulted;

    /// <summary>The unit with an identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="KeyNotFoundException">There is no such unit.</exception>
    public MentoringUnit this[MentoringUnitId id] =>
        _units.TryGetValue(id, out var unit) ? unit : throw new KeyNotFoundException($"There is no unit {id} in the register.");

    /// <summary>Opens an empty register.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="year">The year.</param>
    /// <param name="calendar">The working-day calendar, e.g. <see cref="RussianProductionCalendar.Default"/>.</param>
    /// <param name="policy">The policy; <see cref="PairingPolicy.Default"/> when null.</param>
    /// <returns>The register.</returns>
    public static PairingRegister Open(OrganizationId organizationId, int year, IWorkingDayCalendar calendar, PairingPolicy? policy = null) =>
        new(organizationId, year, calendar, policy ?? PairingPolicy.Default);

    /// <summary>
    /// Sets the other registers whose units count in this register's checks of a mentor's capacity and of one unit per
    /// mentee at a time: the organisation's registers of other years (a pair of the 2025 register runs until
    /// 31.08.2026 while the 2026 register proposes from 01.06.2026), and registers of other organisations in which the
    /// register's mentors lead virtual units. Replaces the registers consulted before; they are read live, so commands
    /// sent to them later are seen. Not part of the snapshot: a host consults them again after loading.
    /// </summary>
    /// <param name="others">The other registers; this register itself is skipped if present.</param>
    /// <exception cref="ArgumentException">Two registers (or one of them and this one) are for the same organisation and year.</exception>
    /// <remarks>
    /// The capacity checked is this register's (<see cref="CapacityOf"/>), or the smaller capacity a consulted register
    /// gives the mentor where its units of the mentor overlap the period, so that each register's capacity holds on
    /// its units' days; the places a unit of another register takes follow that register's policy. Anonymised people (<c>anonymous-N</c>) are never matched across registers: each
    /// register numbers its own.
    /// </remarks>
    public void Consult(IEnumerable<PairingRegister> others)
    {
        Guard.Against.Null(others);
        var chosen = new List<PairingRegister>();
        var keys = new HashSet<(OrganizationId, int)> { (OrganizationId, Year) };
        foreach (var other in others)
        {
            Guard.Against.Null(other, nameof(others));
            if (ReferenceEquals(other, this))
            {
                continue;
            }

            if (!keys.Add((other.OrganizationId, other.Year)))
            {
                throw new ArgumentException($"Two registers for {other.OrganizationId} {other.Year.ToString(CultureInfo.InvariantCulture)} were given.", nameof(others));
            }

            chosen.Add(other);
        }

        _consulted = chosen.ToArray();
    }

    /// <summary>Looks a unit up.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="unit">The unit, if found.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGet(MentoringUnitId id, out MentoringUnit unit)
    {
        if (_units.TryGetValue(id, out var found))
        {
            unit = found;
            return true;
        }

        unit = null!;
        return false;
    }

    /// <summary>An order by number.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The order, or <see langword="null"/>.</returns>
    public AdministrativeOrder? FindOrder(string number) => _orders.Find(number);

    /// <summary>The capacity of a mentor: as set in the register, else the policy's default.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <returns>The places.</returns>
    public int CapacityOf(EducatorId mentor) => _capacities.TryGetValue(mentor, out var c) ? c : Policy.DefaultCapacity;

    /// <summary>The places a mentor leads on a day, across all pairs and groups (proposed ones included) of this register and the consulted ones.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="on">The day.</param>
    /// <returns>The places taken.</returns>
    public int LoadOn(EducatorId mentor, LocalDate on) => SpansOf(mentor).Where(s => s.Span.Contains(on)).Sum(s => s.Places);

    /// <summary>The greatest number of places a mentor leads on one day of a period, the consulted registers included.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="period">The period, both ends included.</param>
    /// <returns>The peak load.</returns>
    public int PeakLoad(EducatorId mentor, DateInterval period) => LoadProfile.Peak(SpansOf(mentor), Guard.Against.Null(period)).Peak;

    /// <summary>
    /// The places of a mentor free on every day of a period: the capacity minus the peak load in it (the consulted
    /// registers included), at least 0.
    /// </summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="period">The period, both ends included.</param>
    /// <returns>The free places.</returns>
    public int FreePlaces(EducatorId mentor, DateInterval period) =>
        Math.Max(0, CapacityOf(mentor) - LoadProfile.Peak(SpansOf(mentor), Guard.Against.Null(period)).Peak);

    /// <summary>The units a person is or was in, in any role, by identifier.</summary>
    /// <param name="person">The person.</param>
    /// <returns>The units.</returns>
    public IReadOnlyList<MentoringUnit> UnitsOf(EducatorId person) =>
        _byPerson.TryGetValue(person, out var units) ? units.Where(u => u.Involves(person)).OrderBy(u => u.Id).ToArray() : [];

    /// <summary>The unit of this register a mentee is in on a day (running or planned), if any.</summary>
    /// <param name="mentee">The mentee.</param>
    /// <param name="on">The day.</param>
    /// <returns>The unit, or <see langword="null"/>.</returns>
    public MentoringUnit? UnitOfMenteeOn(EducatorId mentee, LocalDate on) =>
        IndexedUnits(mentee).FirstOrDefault(u => u.MenteeSpan(mentee) is { } span && span.Contains(on));

    /// <summary>
    /// The mentors from other organisations registered for the virtual form (<see cref="RegisterExternalMentor"/>),
    /// with their organisations.
    /// </summary>
    public IReadOnlyDictionary<EducatorId, OrganizationId> ExternalMentors => _externalMentors;

    /// <summary>The organisation of a mentor registered from another organisation, or <see langword="null"/> for the register's own.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <returns>The other organisation, or <see langword="null"/>.</returns>
    public OrganizationId? ExternalOrganizationOf(EducatorId mentor) => _externalMentors.TryGetValue(mentor, out var o) ? o : null;

    /// <summary>The identifiers the register gave anonymised people (<c>anonymous-N</c>), sorted.</summary>
    public IReadOnlyCollection<EducatorId> AnonymisedIds => _anonymised;

    /// <summary>Whether an identifier is one the register gave an anonymised person.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns><see langword="true"/> for an anonymised person.</returns>
    public bool IsAnonymised(EducatorId id) => _anonymised.Contains(id);

    /// <summary>Sets a mentor's capacity (places at once), e.g. from the mentor bank.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="capacity">The places, at least 1.</param>
    /// <param name="on">The date.</param>
    /// <returns>Accepted; or a rejection when the capacity is below 1 or below the mentor's peak load.</returns>
    public CommandResult SetMentorCapacity(EducatorId mentor, int capacity, LocalDate on)
    {
        Guard.Against.Default(mentor);
        if ((Banks.MentorCapacityRule.Check(capacity, mentor.Value) ?? CheckPeakFits(mentor, capacity)) is { } violation)
        {
            return CommandResult.Refused(violation);
        }

        _capacities[mentor] = capacity;
        Raise(new MentorCapacitySet(on, OrganizationId, Year, mentor, capacity));
        return CommandResult.Ok;
    }

    /// <summary>
    /// Registers a mentor from another organisation (or city) for the virtual (remote) form: their organisation and the
    /// places they offer this register, stated explicitly because they are not in this organisation's mentor bank. A
    /// later registration of the same person changes the capacity. They may then lead units in the virtual form only
    /// (<see cref="ExternalMentorRule"/>); consents apply as to any mentor.
    /// </summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="organization">The mentor's organisation, not the register's.</param>
    /// <param name="capacity">The places offered, at least 1 and not below the mentor's peak load here.</param>
    /// <param name="on">The date.</param>
    /// <returns>Accepted; or a rejection naming every broken rule.</returns>
    public CommandResult RegisterExternalMentor(EducatorId mentor, OrganizationId organization, int capacity, LocalDate on)
    {
        Guard.Against.Default(mentor);
        Guard.Against.Default(organization);
        var violations = new List<RuleViolation>();
        violations.AddIfPresent(ExternalMentorRule.CheckOrganization(OrganizationId, organization, mentor));
        violations.AddIfPresent(Banks.MentorCapacityRule.Check(capacity, mentor.Value) ?? CheckPeakFits(mentor, capacity));
        if (IsAnonymised(mentor))
        {
            violations.Add(ParticipantsRule.Anonymised(mentor));
        }

        var led = IndexedUnits(mentor).Where(u => u.IsOpen && u.Tenures().Any(t => t.Mentor == mentor)).ToArray();
        if (led.Any(u => !u.ExternalMentors.ContainsKey(mentor)))
        {
            violations.Add(RuleViolation.Create(
                nameof(ExternalMentorRule), ExternalMentorRule.AlreadyOwnMentor, mentor.Value, ViolationArgument.Identifier("mentor", mentor.Value)));
        }
        else if (led.Select(u => u.ExternalMentors[mentor]).FirstOrDefault(o => o != organization) is { Value.Length: > 0 } registered)
        {
            violations.Add(RuleViolation.Create(
                nameof(ExternalMentorRule),
                ExternalMentorRule.OrganizationDiffers,
                mentor.Value,
                ViolationArgument.Identifier("mentor", mentor.Value),
                ViolationArgument.Identifier("stated", organization.Value),
                ViolationArgument.Identifier("registered", registered.Value)));
        }

        if (violations.Count > 0)
        {
            return new Rejection(violations);
        }

        _externalMentors[mentor] = organization;
        _capacities[mentor] = capacity;
        Raise(new ExternalMentorRegistered(on, OrganizationId, Year, mentor, organization, capacity));
        return CommandResult.Ok;
    }

    /// <summary>Sets the capacity of every mentor of a mentor bank, all or nothing.</summary>
    /// <param name="bank">The mentor bank.</param>
    /// <param name="on">The date.</param>
    /// <returns>Accepted; or a rejection naming every mentor whose peak load exceeds the bank's capacity.</returns>
    public CommandResult SetMentorCapacities(MentorBank bank, LocalDate on)
    {
        Guard.Against.Null(bank);
        var violations = bank.Entries.Select(e => CheckPeakFits(e.Id, e.Capacity)).OfType<RuleViolation>().ToArray();
        if (violations.Length > 0)
        {
            return new Rejection(violations);
        }

        foreach (var entry in bank.Entries)
        {
            _capacities[entry.Id] = entry.Capacity;
            Raise(new MentorCapacitySet(on, OrganizationId, Year, entry.Id, entry.Capacity));
        }

        return CommandResult.Ok;
    }

    /// <summary>
    /// Proposes a pair or group. Checks the participants, the group size for the form, one unit per mentee at a time
    /// and the mentor's capacity over the period; then warns when the period is outside 3–12 months, unless the
    /// proposal acknowledges <see cref="ProgramPeriodRule.OutsideRange"/>.
    /// </summary>
    /// <param name="proposal">The proposal.</param>
    /// <param name="on">The date of the proposal.</param>
    /// <returns>The unit; or the warnings to acknowledge; or a rejection naming every broken rule.</returns>
    public ProposalOutcome Propose(PairProposal proposal, LocalDate on)
    {
        Guard.Against.Null(proposal);
        Guard.Against.Null(proposal.Mentees, nameof(proposal));
        Guard.Against.Null(proposal.Period, nameof(proposal));
        Guard.Against.Default(proposal.Mentor, nameof(proposal));
        Guard.Against.EnumOutOfRange(proposal.Form, nameof(proposal));
        Guard.Against.EnumOutOfRange(proposal.Participants, nameof(proposal));
        if (proposal.Mentees.Any(m => m == default))
        {
            throw new ArgumentException("A mentee identifier is the default value.", nameof(proposal));
        }

        var subject = proposal.Mentor.Value;
        var violations = new List<RuleViolation>();
        violations.AddRange(ParticipantsRule.Check(proposal.Mentor, proposal.Mentees, proposal.Participants, proposal.Variant, IsAnonymised));
        violations.AddIfPresent(GroupSizeRule.Check(proposal.Form, proposal.Mentees.Count, Policy, subject));
        foreach (var mentee in proposal.Mentees.Distinct())
        {
            violations.AddIfPresent(MenteeSingleUnitRule.Check(mentee, UnitOfMenteeDuring(mentee, proposal.Period)?.Id));
        }

        var registered = ExternalOrganizationOf(proposal.Mentor);
        violations.AddIfPresent(ExternalMentorRule.CheckStated(proposal.Mentor, proposal.MentorOrganizationId, registered, OrganizationId));
        if (registered is not null || (proposal.MentorOrganizationId is { } stated && stated != OrganizationId))
        {
            violations.AddIfPresent(ExternalMentorRule.CheckForm(proposal.Form, proposal.Mentor));
        }

        var places = GroupSizeRule.IsGroupForm(proposal.Form) ? Policy.GroupPlaces : 1;
        violations.AddIfPresent(CheckLoad(proposal.Mentor, proposal.Period, places));
        if (violations.Count > 0)
        {
            return ProposalOutcome.Refused(new Rejection(violations));
        }

        var acknowledged = proposal.AcknowledgedWarnings ?? [];
        var warning = ProgramPeriodRule.Check(proposal.Period);
        if (warning is not null && !acknowledged.Contains(warning.Code))
        {
            return ProposalOutcome.Warn(new AcknowledgementRequired([warning]));
        }

        var id = NextUnitId();
        var unit = new MentoringUnit(id, proposal, on, warning is not null);
        if (registered is { } external)
        {
            unit.MarkExternal(unit.Mentor, external);
        }

        _units.Add(id, unit);
        Index(unit);
        Raise(new UnitProposed(on, OrganizationId, Year, id, unit.Mentor, unit.Mentees.ToArray(), unit.Form));
        return ProposalOutcome.Proposed(unit);
    }

    /// <summary>
    /// Records the mentor's Labour Code art. 351.8 agreement for a unit not yet fixed; it must cover the period and
    /// state the unit's form. A later agreement replaces an earlier one.
    /// </summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="agreement">The agreement.</param>
    /// <returns>Accepted, or a rejection.</returns>
    public CommandResult RecordMentorAgreement(MentoringUnitId unitId, MentoringConsent agreement)
    {
        Guard.Against.Null(agreement);
        if (!_units.TryGetValue(unitId, out var unit))
        {
            return CommandResult.Refused(UnitStatusRule.Unknown(unitId));
        }

        if (UnitStatusRule.Check(unit, UnitStatusRule.NotCollectingConsents, MentoringUnitStatus.Proposed, MentoringUnitStatus.ConsentsInPlace) is { } status)
        {
            return CommandResult.Refused(status);
        }

        var violations = MentorAgreementRule.Check(agreement, unit.Mentor, unit.Period, unit.Form);
        if (violations.Count > 0)
        {
            return new Rejection(violations);
        }

        var wasComplete = unit.HasAllConsents;
        unit.RecordMentorAgreement(agreement);
        Raise(new MentorAgreementRecorded(agreement.SignedOn, OrganizationId, Year, unitId, unit.Mentor));
        RaiseIfCompleted(unit, wasComplete, agreement.SignedOn);
        return CommandResult.Ok;
    }

    /// <summary>Records a mentee's written consent for a unit not yet fixed. A later consent replaces an earlier one.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="mentee">The mentee.</param>
    /// <param name="consent">The consent.</param>
    /// <returns>Accepted, or a rejection.</returns>
    public CommandResult RecordMenteeConsent(MentoringUnitId unitId, EducatorId mentee, MenteeConsent consent)
    {
        Guard.Against.Null(consent);
        if (!_units.TryGetValue(unitId, out var unit))
        {
            return CommandResult.Refused(UnitStatusRule.Unknown(unitId));
        }

        var violation = UnitStatusRule.Check(unit, UnitStatusRule.NotCollectingConsents, MentoringUnitStatus.Proposed, MentoringUnitStatus.ConsentsInPlace)
            ?? MenteeConsentRule.CheckIsMentee(unit, mentee);
        if (violation is not null)
        {
            return CommandResult.Refused(violation);
        }

        var wasComplete = unit.HasAllConsents;
        unit.RecordMenteeConsent(mentee, consent);
        Raise(new MenteeConsentRecorded(consent.SignedOn, OrganizationId, Year, unitId, mentee));
        RaiseIfCompleted(unit, wasComplete, consent.SignedOn);
        return CommandResult.Ok;
    }

    /// <summary>
    /// Issues the order fixing pairs and groups (several per order). Every unit named must have its consents in place,
    /// signed no later than the order's date; one unit without them refuses the whole order, and nothing is fixed.
    /// </summary>
    /// <param name="order">The order's number and date.</param>
    /// <param name="units">The units to fix.</param>
    /// <returns>The order, or a rejection naming every broken rule.</returns>
    public Outcome<AdministrativeOrder> IssueFixingOrder(OrderReference order, IEnumerable<MentoringUnitId> units)
    {
        Guard.Against.Null(order);
        var ids = Guard.Against.Null(units).ToArray();
        var violations = new List<RuleViolation>();
        foreach (var id in ids.Distinct())
        {
            if (!_units.TryGetValue(id, out var unit))
            {
                violations.Add(UnitStatusRule.Unknown(id));
                continue;
            }

            if (UnitStatusRule.Check(unit, UnitStatusRule.NotAwaitingOrder, MentoringUnitStatus.Proposed, MentoringUnitStatus.ConsentsInPlace) is { } status)
            {
                violations.Add(status);
                continue;
            }

            violations.AddRange(MentorAgreementRule.Check(unit.MentorAgreement, unit.Mentor, unit.Period, unit.Form, order.Date));
            violations.AddRange(MenteeConsentRule.Check(unit, order.Date));
            violations.AddIfPresent(OrderRule.CheckDate(order, unit));
        }

        return IssueOrder(order, OrderKind.FixingUnits, ids, violations, () =>
        {
            foreach (var id in ids)
            {
                _units[id].Fix(order);
                Raise(new UnitFixed(order.Date, OrganizationId, Year, id, order.Number));
            }
        });
    }

    /// <summary>Starts a fixed unit, inside its period and not before its order.</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="on">The start date.</param>
    /// <returns>Accepted, or a rejection.</returns>
    public CommandResult Activate(MentoringUnitId unitId, LocalDate on)
    {
        if (!_units.TryGetValue(unitId, out var unit))
        {
            return CommandResult.Refused(UnitStatusRule.Unknown(unitId));
        }

        if ((UnitStatusRule.Check(unit, UnitStatusRule.NotFixed, MentoringUnitStatus.Fixed) ?? ActivationRule.Check(unit, on)) is { } violation)
        {
            return CommandResult.Refused(violation);
        }

        unit.Activate(on);
        Raise(new UnitActivated(on, OrganizationId, Year, unitId));
        return CommandResult.Ok;
    }

    /// <summary>
    /// Completes an active unit with an outcome, on or after the last day of its period (<see cref="CompletionRule"/>);
    /// an earlier end is <see cref="TerminateEarly"/>.
    /// </summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="on">The completion date, not before the period's last day.</param>
    /// <param name="outcome">The outcome.</param>
    /// <returns>Accepted, or a rejection.</returns>
    public CommandResult Complete(MentoringUnitId unitId, LocalDate on, MentoringOutcome outcome)
    {
        Guard.Against.EnumOutOfRange(outcome);
        if (CheckCompletion(unitId, on) is { } violation)
        {
            return CommandResult.Refused(violation);
        }

        ApplyCompletion(unitId, on, outcome);
        return CommandResult.Ok;
    }

    /// <summary>What refuses the completion of a unit on a day, if anything (<see cref="Complete"/>).</summary>
    internal RuleViolation? CheckCompletion(MentoringUnitId unitId, LocalDate on) =>
        !_units.TryGetValue(unitId, out var unit)
            ? UnitStatusRule.Unknown(unitId)
            : UnitStatusRule.Check(unit, UnitStatusRule.NotActive, MentoringUnitStatus.Active)
                ?? CompletionRule.Check(unit, on)
                ?? CompletionRule.CheckPeriodEnd(unit.Period, on, unitId.Value);

    /// <summary>Completes a unit whose completion was checked (<see cref="CheckCompletion"/>).</summary>
    internal void ApplyCompletion(MentoringUnitId unitId, LocalDate on, MentoringOutcome outcome)
    {
        var unit = _units[unitId];
        unit.Complete(new UnitCompletion(on, outcome));
        Raise(new UnitCompleted(on, OrganizationId, Year, unitId, outcome));
        Raise(new MentorPlaceFreed(unit.LastDay!.Value.PlusDays(1), OrganizationId, Year, unit.Mentor, unitId));
    }

    /// <summary>
    /// Ends a fixed or active unit early (Labour Code art. 351.8): notice given by either side no earlier than the
    /// fixing order, a last day at least <see cref="PairingPolicy.NoticeWorkingDays"/> working days after the notice
    /// (by the register's calendar) and before the end of the period, and an order with a new number.
    /// </summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="request">The notice, grounds, last day and order.</param>
    /// <returns>The order on early termination, or a rejection naming every broken rule.</returns>
    /// <exception cref="UnknownProductionYearException">The calendar does not know a year of the notice period.</exception>
    public Outcome<AdministrativeOrder> TerminateEarly(MentoringUnitId unitId, EarlyTerminationRequest request)
    {
        Guard.Against.Null(request);
        Guard.Against.Null(request.Order, nameof(request));
        Guard.Against.EnumOutOfRange(request.Grounds, nameof(request));
        Guard.Against.EnumOutOfRange(request.InitiatedBy, nameof(request));
        if (!_units.TryGetValue(unitId, out var unit))
        {
            return new Rejection(UnitStatusRule.Unknown(unitId));
        }

        if (UnitStatusRule.Check(unit, UnitStatusRule.NotRunning, MentoringUnitStatus.Fixed, MentoringUnitStatus.Active) is { } status)
        {
            return new Rejection(status);
        }

        var subject = unitId.Value;
        var violations = new List<RuleViolation>(EarlyTerminationRule.Check(unit, request));
        violations.AddIfPresent(NoticePeriodRule.CheckAfterOrder(request.NoticeGivenOn, unit.FixingOrder!.Date, subject));
        violations.AddIfPresent(NoticePeriodRule.Check(Calendar, request.NoticeGivenOn, request.EndsOn, Policy.NoticeWorkingDays, subject));
        return IssueOrder(request.Order, OrderKind.EarlyTermination, [unitId], violations, () =>
        {
            var mentees = unit.Mentees.ToArray();
            unit.EndEarly(new EarlyTermination(request.NoticeGivenOn, request.InitiatedBy, request.Grounds, request.EndsOn, request.Order));
            RaiseEnded(unit, request.EndsOn, request.Grounds, request.InitiatedBy, request.NoticeGivenOn, mentees, freedMentor: true);
        });
    }

    /// <summary>
    /// Replaces the mentor of a fixed or active unit; the period stays the same. The previous mentor's last day (the
    /// day before the new mentor's first) is at least the notice after the notice day; the new mentor has an art. 351.8
    /// agreement covering the rest of the period in the unit's form, signed by their first day, and a free place for
    /// the rest of the period; the order has a new number.
    /// </summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="request">The new mentor, grounds, notice, first day, agreement and order.</param>
    /// <returns>The order on replacement, or a rejection naming every broken rule.</returns>
    /// <exception cref="UnknownProductionYearException">The calendar does not know a year of the notice period.</exception>
    public Outcome<AdministrativeOrder> ReplaceMentor(MentoringUnitId unitId, MentorReplacementRequest request)
    {
        Guard.Against.Null(request);
        Guard.Against.Null(request.Order, nameof(request));
        Guard.Against.Null(request.NewMentorAgreement, nameof(request));
        Guard.Against.Default(request.NewMentor, nameof(request));
        Guard.Against.EnumOutOfRange(request.Grounds, nameof(request));
        if (!_units.TryGetValue(unitId, out var unit))
        {
            return new Rejection(UnitStatusRule.Unknown(unitId));
        }

        if (UnitStatusRule.Check(unit, UnitStatusRule.NotRunning, MentoringUnitStatus.Fixed, MentoringUnitStatus.Active) is { } status)
        {
            return new Rejection(status);
        }

        var subject = unitId.Value;
        var violations = new List<RuleViolation>(ReplacementRule.Check(unit, request));
        if (IsAnonymised(request.NewMentor))
        {
            violations.Add(ParticipantsRule.Anonymised(request.NewMentor));
        }

        var newMentorOrganization = ExternalOrganizationOf(request.NewMentor);
        if (newMentorOrganization is not null)
        {
            violations.AddIfPresent(ExternalMentorRule.CheckForm(unit.Form, request.NewMentor));
        }

        violations.AddIfPresent(NoticePeriodRule.CheckAfterOrder(request.NoticeGivenOn, unit.FixingOrder!.Date, subject));
        if (unit.Period.Contains(request.EffectiveOn))
        {
            var rest = new DateInterval(request.EffectiveOn, unit.Period.End);
            violations.AddIfPresent(NoticePeriodRule.Check(Calendar, request.NoticeGivenOn, request.EffectiveOn.PlusDays(-1), Policy.NoticeWorkingDays, subject));
            violations.AddRange(MentorAgreementRule.Check(request.NewMentorAgreement, request.NewMentor, rest, unit.Form, request.EffectiveOn));
            violations.AddIfPresent(CheckLoad(request.NewMentor, rest, unit.PlacesTaken(Policy)));
        }

        return IssueOrder(request.Order, OrderKind.MentorReplacement, [unitId], violations, () =>
        {
            var previous = unit.Mentor;
            unit.ReplaceMentor(
                new MentorReplacement(request.EffectiveOn, previous, request.NewMentor, request.Grounds, request.NoticeGivenOn, request.Order),
                request.NewMentorAgreement);
            if (newMentorOrganization is { } external)
            {
                unit.MarkExternal(request.NewMentor, external);
            }

            Index(request.NewMentor, unit);
            Raise(new MentorReplaced(request.EffectiveOn, OrganizationId, Year, unitId, previous, request.NewMentor, request.Grounds));
            Raise(new MentorPlaceFreed(request.EffectiveOn, OrganizationId, Year, previous, unitId));
        });
    }

    /// <summary>
    /// Adds a mentee to a fixed or active group by an order changing its composition: the group stays within
    /// <see cref="PairingPolicy.MaxGroupSize"/>, the mentee is in no other unit from their first day to the period's
    /// end, has signed their consent by the order's date, and joins inside the period, not before the order
    /// (<see cref="GroupMembershipRule"/>). The mentor's place count does not change (a group takes its policy's
    /// places whatever its size), and the period stays.
    /// </summary>
    /// <param name="unitId">The group.</param>
    /// <param name="request">The mentee, first day, consent and order.</param>
    /// <returns>The order, or a rejection naming every broken rule.</returns>
    public Outcome<AdministrativeOrder> AddMenteeToGroup(MentoringUnitId unitId, MenteeJoinRequest request)
    {
        GuardJoin(request);
        if (!_units.TryGetValue(unitId, out var unit))
        {
            return new Rejection(UnitStatusRule.Unknown(unitId));
        }

        return IssueOrder(request.Order, OrderKind.GroupMembershipChange, [unitId], CheckJoin(unit, request, leavingUnit: null), () => ApplyJoin(unit, request));
    }

    /// <summary>
    /// Releases a mentee from a fixed or active group that goes on, by an order changing its composition (other than by
    /// a withdrawal of consent): two or more mentees stay (a group of one is ended early instead), the mentee's last
    /// day is inside their days in the group and not before the order. Their consent is deleted and they are kept as
    /// departed; they are then without a pair (<see cref="MenteeLeftWithoutPair"/>) unless they left their job or
    /// reached their goal.
    /// </summary>
    /// <param name="unitId">The group.</param>
    /// <param name="request">The mentee, last day, grounds and order.</param>
    /// <returns>The order, or a rejection naming every broken rule.</returns>
    /// <exception cref="ArgumentException">The grounds are <see cref="MenteeLeavingGrounds.MovedToAnotherGroup"/>: a move is <see cref="MoveMentee"/>.</exception>
    public Outcome<AdministrativeOrder> ReleaseMenteeFromGroup(MentoringUnitId unitId, MenteeReleaseRequest request)
    {
        Guard.Against.Null(request);
        Guard.Against.Null(request.Order, nameof(request));
        Guard.Against.Default(request.Mentee, nameof(request));
        Guard.Against.EnumOutOfRange(request.Grounds, nameof(request));
        if (request.Grounds == MenteeLeavingGrounds.MovedToAnotherGroup)
        {
            throw new ArgumentException("A move is made with MoveMentee.", nameof(request));
        }

        if (!_units.TryGetValue(unitId, out var unit))
        {
            return new Rejection(UnitStatusRule.Unknown(unitId));
        }

        return IssueOrder(request.Order, OrderKind.GroupMembershipChange, [unitId], CheckRelease(unit, request.Mentee, request.LastDay, request.Order), () =>
        {
            ApplyRelease(unit, new MenteeLeaving(request.Mentee, request.LastDay, request.Grounds, request.Order));
            if (request.Grounds is not (MenteeLeavingGrounds.MenteeLeftJob or MenteeLeavingGrounds.GoalReachedEarly))
            {
                Raise(new MenteeLeftWithoutPair(request.LastDay.PlusDays(1), OrganizationId, Year, request.Mentee, unitId));
            }
        });
    }

    /// <summary>
    /// Moves a mentee from a fixed or active group that goes on into another fixed or active group, by one order naming
    /// both: their last day in the first is the day before their first day in the second; every rule of
    /// <see cref="ReleaseMenteeFromGroup"/> and <see cref="AddMenteeToGroup"/> applies, all or nothing.
    /// </summary>
    /// <param name="fromUnit">The group the mentee leaves.</param>
    /// <param name="toUnit">The group the mentee joins.</param>
    /// <param name="request">The mentee, first day in the new group, consent and order.</param>
    /// <returns>The order, or a rejection naming every broken rule.</returns>
    public Outcome<AdministrativeOrder> MoveMentee(MentoringUnitId fromUnit, MentoringUnitId toUnit, MenteeJoinRequest request)
    {
        GuardJoin(request);
        if (!_units.TryGetValue(fromUnit, out var from))
        {
            return new Rejection(UnitStatusRule.Unknown(fromUnit));
        }

        if (!_units.TryGetValue(toUnit, out var to))
        {
            return new Rejection(UnitStatusRule.Unknown(toUnit));
        }

        var lastDay = request.FirstDay.PlusDays(-1);
        var violations = CheckRelease(from, request.Mentee, lastDay, request.Order);
        violations.AddRange(CheckJoin(to, request, leavingUnit: from));
        return IssueOrder(request.Order, OrderKind.GroupMembershipChange, [fromUnit, toUnit], violations, () =>
        {
            ApplyRelease(from, new MenteeLeaving(request.Mentee, lastDay, MenteeLeavingGrounds.MovedToAnotherGroup, request.Order));
            ApplyJoin(to, request);
        });
    }

    /// <summary>Drops a unit not yet fixed (a consent was refused, the coordinator changed the plan).</summary>
    /// <param name="unitId">The unit.</param>
    /// <param name="on">The date.</param>
    /// <returns>Accepted, or a rejection.</returns>
    public CommandResult Cancel(MentoringUnitId unitId, LocalDate on)
    {
        if (!_units.TryGetValue(unitId, out var unit))
        {
            return CommandResult.Refused(UnitStatusRule.Unknown(unitId));
        }

        if (UnitStatusRule.Check(unit, UnitStatusRule.NotCancellable, MentoringUnitStatus.Proposed, MentoringUnitStatus.ConsentsInPlace) is { } status)
        {
            return CommandResult.Refused(status);
        }

        unit.Cancel(on);
        Raise(new UnitCancelled(on, OrganizationId, Year, unitId));
        Raise(new MentorPlaceFreed(on, OrganizationId, Year, unit.Mentor, unitId));
        return CommandResult.Ok;
    }

    /// <summary>
    /// Carries a withdrawal of consent to personal-data processing (152-ФЗ) into the register. The withdrawal is the
    /// notice: the person's units not yet fixed are cancelled on the day; a fixed or active unit ends early (grounds
    /// <see cref="EarlyTerminationGrounds.PersonalDataConsentWithdrawn"/>) on the last day of a notice of
    /// <see cref="PairingPolicy.NoticeWorkingDays"/> working days (Labour Code art. 351.8; at the latest on the period's
    /// end) by the <paramref name="order"/> on early termination, which stops the mentor's pay supplement; a group the
    /// person leaves as a mentee while two or more mentees stay goes on without them from the day. Then every trace of
    /// the person in the register (as mentor, mentee or former mentor) is replaced by an anonymised identifier, their
    /// agreement, consents and capacity are deleted, and counts stay: the register erases at once, within the 30 days
    /// 152-ФЗ art. 21 part 5 allows; what the labour law obliges the employer to keep (the orders, art. 86) the host keeps
    /// in the personnel file, outside the register. A person the register does not hold is accepted with nothing to do.
    /// </summary>
    /// <param name="person">The person.</param>
    /// <param name="on">The date of withdrawal (the notice).</param>
    /// <param name="order">The order on early termination of the fixed or active units the withdrawal ends; required when there are any.</param>
    /// <returns>What was done; or a rejection when the date precedes the last change of one of the person's units, or an order is missing or its number taken.</returns>
    /// <exception cref="UnknownProductionYearException">The calendar does not know a year of the notice period.</exception>
    public Outcome<PersonalDataWithdrawal> WithdrawPersonalDataConsent(EducatorId person, LocalDate on, OrderReference? order = null)
    {
        Guard.Against.Default(person);
        return new PersonalDataErasure(this, person, on, order).Carry();
    }

    /// <summary>The stored form of the register.</summary>
    /// <returns>The snapshot.</returns>
    public PairingRegisterSnapshot ToSnapshot() => PairingRegisterSnapshots.Of(this);

    /// <summary>
    /// Restores a register from its stored form, checking every invariant (statuses and the facts they need, group
    /// sizes, one unit per mentee, capacities, orders); raises no events.
    /// </summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentException">The snapshot holds invalid values or breaks an invariant.</exception>
    public static PairingRegister FromSnapshot(PairingRegisterSnapshot snapshot, IWorkingDayCalendar calendar) =>
        PairingRegisterSnapshots.ToRegister(snapshot, calendar);

    /// <inheritdoc />
    public override string ToString() => $"PairingRegister {OrganizationId} {Year} ({_units.Count} units)";

    /// <summary>The orders, for the collaborators that issue or restore them.</summary>
    internal OrderBook OrderBook => _orders;

    /// <summary>The capacities set in the register, by mentor.</summary>
    internal IReadOnlyDictionary<EducatorId, int> Capacities => _capacities;

    /// <summary>The number the next unit's identifier is tried with.</summary>
    internal int NextUnitNumber => _nextUnitNumber;

    /// <summary>The anonymised identifiers and external mentors, for the snapshot.</summary>
    internal IReadOnlyCollection<EducatorId> Anonymised => _anonymised;

    /// <summary>Restores a state read from a snapshot, checked by the caller but for the rules that span units.</summary>
    internal void Restore(
        IEnumerable<EducatorId> anonymised,
        IEnumerable<KeyValuePair<EducatorId, int>> capacities,
        IEnumerable<KeyValuePair<EducatorId, OrganizationId>> external,
        IEnumerable<MentoringUnit> units,
        int nextUnitNumber)
    {
        _anonymised.UnionWith(anonymised);
        foreach (var c in capacities)
        {
            _capacities.Add(c.Key, c.Value);
        }

        foreach (var e in external)
        {
            _externalMentors.Add(e.Key, e.Value);
        }

        foreach (var unit in units)
        {
            _units.Add(unit.Id, unit);
            Index(unit);
        }

        _nextUnitNumber = nextUnitNumber;
    }

    /// <summary>Raises an event for a collaborator acting on the register.</summary>
    internal void Announce(DomainEvent domainEvent) => Raise(domainEvent);

    /// <summary>Whether the register holds a capacity or an external registration of the person.</summary>
    internal bool HoldsCapacityOf(EducatorId person) => _capacities.ContainsKey(person) || _externalMentors.ContainsKey(person);

    /// <summary>Replaces every trace of an erased person in the register by their pseudonym.</summary>
    internal void Forget(EducatorId person, EducatorId pseudonym, IEnumerable<MentoringUnit> involved)
    {
        foreach (var unit in involved)
        {
            unit.Anonymise(person, pseudonym);
            Index(pseudonym, unit);
        }

        _byPerson.Remove(person);
        _capacities.Remove(person);
        _externalMentors.Remove(person);
        if (pseudonym != default)
        {
            _anonymised.Add(pseudonym);
        }
    }

    /// <summary>The unit, of this register or a consulted one, a mentee is in during a period (spans overlapping), if any.</summary>
    internal MentoringUnit? UnitOfMenteeDuring(EducatorId mentee, DateInterval period, MentoringUnit? except = null, MentoringUnit? alsoExcept = null) =>
        UnitsOfEverywhere(mentee).FirstOrDefault(u =>
            u != except && u != alsoExcept && u.MenteeSpan(mentee) is { } span && span.Start <= period.End && period.Start <= span.End);

    /// <summary>Every span of a mentor with the places taken, in this register and the consulted ones.</summary>
    internal List<(DateInterval Span, int Places)> SpansOf(EducatorId mentor)
    {
        var spans = OwnSpansOf(mentor);
        foreach (var other in _consulted.Where(o => !o.IsAnonymised(mentor)))
        {
            spans.AddRange(other.OwnSpansOf(mentor));
        }

        return spans;
    }

    private List<(DateInterval Span, int Places)> OwnSpansOf(EducatorId mentor) =>
        IndexedUnits(mentor)
            .SelectMany(u => u.Tenures().Where(t => t.Mentor == mentor).Select(t => (t.Span, u.PlacesTaken(Policy))))
            .ToList();

    private IEnumerable<MentoringUnit> UnitsOfEverywhere(EducatorId person) =>
        IndexedUnits(person).Concat(_consulted.Where(o => !o.IsAnonymised(person)).SelectMany(o => o.IndexedUnits(person)));

    private IEnumerable<MentoringUnit> IndexedUnits(EducatorId person) =>
        _byPerson.TryGetValue(person, out var units) ? units.OrderBy(u => u.Id) : [];

    private void Index(EducatorId person, MentoringUnit unit)
    {
        if (!_byPerson.TryGetValue(person, out var units))
        {
            units = [];
            _byPerson.Add(person, units);
        }

        if (!units.Contains(unit))
        {
            units.Add(unit);
        }
    }

    private void Index(MentoringUnit unit)
    {
        foreach (var person in unit.Mentees.Concat(unit.DepartedMentees).Append(unit.Mentor).Concat(unit.Replacements.Select(r => r.PreviousMentor)))
        {
            Index(person, unit);
        }
    }

    // The one path of the commands that issue an order (fixing, early termination, replacement, a group's composition):
    // the command's own checks, then the order's (a number not taken, its units named once), all or nothing; then the
    // order is recorded and announced, and the command's change applied.
    private Outcome<AdministrativeOrder> IssueOrder(
        OrderReference order, OrderKind kind, MentoringUnitId[] units, List<RuleViolation> violations, Action apply)
    {
        violations.AddRange(_orders.Check(order, units));
        if (violations.Count > 0)
        {
            return new Rejection(violations);
        }

        var issued = _orders.Add(order, kind, units);
        Raise(new OrderIssued(order.Date, OrganizationId, Year, order.Number, kind, units));
        apply();
        return issued;
    }

    private static void GuardJoin(MenteeJoinRequest request)
    {
        Guard.Against.Null(request);
        Guard.Against.Null(request.Order, nameof(request));
        Guard.Against.Null(request.Consent, nameof(request));
        Guard.Against.Default(request.Mentee, nameof(request));
    }

    private List<RuleViolation> CheckJoin(MentoringUnit unit, MenteeJoinRequest request, MentoringUnit? leavingUnit)
    {
        var violations = new List<RuleViolation>();
        if (UnitStatusRule.Check(unit, UnitStatusRule.NotRunning, MentoringUnitStatus.Fixed, MentoringUnitStatus.Active) is { } status)
        {
            violations.Add(status);
            return violations;
        }

        violations.AddRange(GroupMembershipRule.CheckJoin(unit, request.Mentee, request.FirstDay, request.Order));
        violations.AddIfPresent(GroupSizeRule.Check(unit.Form, unit.Mentees.Count + 1, Policy, unit.Id.Value));
        violations.AddIfPresent(MenteeConsentRule.CheckSignedBy(request.Mentee, request.Consent, request.Order.Date));
        if (IsAnonymised(request.Mentee))
        {
            violations.Add(ParticipantsRule.Anonymised(request.Mentee));
        }

        if (unit.Period.Contains(request.FirstDay))
        {
            var other = UnitOfMenteeDuring(request.Mentee, new DateInterval(request.FirstDay, unit.Period.End), unit, leavingUnit);
            violations.AddIfPresent(MenteeSingleUnitRule.Check(request.Mentee, other?.Id));
        }

        return violations;
    }

    private List<RuleViolation> CheckRelease(MentoringUnit unit, EducatorId mentee, LocalDate lastDay, OrderReference order)
    {
        var violations = new List<RuleViolation>();
        if (UnitStatusRule.Check(unit, UnitStatusRule.NotRunning, MentoringUnitStatus.Fixed, MentoringUnitStatus.Active) is { } status)
        {
            violations.Add(status);
            return violations;
        }

        violations.AddRange(GroupMembershipRule.CheckLeave(unit, mentee, lastDay, order));
        if (unit.IsGroup && unit.Mentees.Contains(mentee))
        {
            violations.AddIfPresent(GroupSizeRule.Check(unit.Form, unit.Mentees.Count - 1, Policy, unit.Id.Value));
        }

        return violations;
    }

    private void ApplyJoin(MentoringUnit unit, MenteeJoinRequest request)
    {
        unit.Join(new MenteeJoining(request.Mentee, request.FirstDay, request.Order), request.Consent);
        Index(request.Mentee, unit);
        Raise(new MenteeJoinedGroup(request.FirstDay, OrganizationId, Year, unit.Id, request.Mentee, request.Order.Number));
    }

    private void ApplyRelease(MentoringUnit unit, MenteeLeaving leaving)
    {
        unit.Release(leaving);
        Raise(new MenteeReleasedFromGroup(leaving.LastDay, OrganizationId, Year, unit.Id, leaving.Mentee, leaving.Grounds, leaving.Order.Number));
    }

    private RuleViolation? CheckLoad(EducatorId mentor, DateInterval period, int places)
    {
        var spans = SpansOf(mentor);
        spans.Add((period, places));
        var (peak, day) = LoadProfile.Peak(spans, period);
        return MentorLoadRule.Check(mentor, CapacityAcross(mentor, period), peak, day);
    }

    // The capacity that holds over a period: this register's, or the smaller one a consulted register gives the mentor
    // where that register's units of the mentor overlap the period (each register's capacity holds on its units' days).
    private int CapacityAcross(EducatorId mentor, DateInterval period)
    {
        var capacity = CapacityOf(mentor);
        foreach (var other in _consulted.Where(o => !o.IsAnonymised(mentor)))
        {
            if (other.OwnSpansOf(mentor).Any(s => s.Span.Start <= period.End && period.Start <= s.Span.End))
            {
                capacity = Math.Min(capacity, other.CapacityOf(mentor));
            }
        }

        return capacity;
    }

    // The capacity set in this register holds on the days its own units run; consulted registers add their load there.
    private RuleViolation? CheckPeakFits(EducatorId mentor, int capacity)
    {
        var own = OwnSpansOf(mentor);
        if (own.Count == 0)
        {
            return null;
        }

        var all = new DateInterval(own.Min(s => s.Span.Start), own.Max(s => s.Span.End));
        var (peak, day) = LoadProfile.Peak(SpansOf(mentor), all);
        return MentorLoadRule.Check(mentor, capacity, peak, day);
    }

    private void RaiseIfCompleted(MentoringUnit unit, bool wasComplete, LocalDate on)
    {
        if (!wasComplete && unit.HasAllConsents)
        {
            Raise(new ConsentsCompleted(on, OrganizationId, Year, unit.Id));
        }
    }

    internal void RaiseEnded(
        MentoringUnit unit, LocalDate lastDay, EarlyTerminationGrounds grounds, TerminationInitiator by, LocalDate notice, IEnumerable<EducatorId> mentees, bool freedMentor)
    {
        Raise(new UnitEndedEarly(lastDay, OrganizationId, Year, unit.Id, grounds, by, notice));
        if (freedMentor)
        {
            Raise(new MentorPlaceFreed(lastDay.PlusDays(1), OrganizationId, Year, unit.Mentor, unit.Id));
        }

        foreach (var mentee in mentees)
        {
            Raise(new MenteeLeftWithoutPair(lastDay.PlusDays(1), OrganizationId, Year, mentee, unit.Id));
        }
    }

    private MentoringUnitId NextUnitId()
    {
        MentoringUnitId id;
        do
        {
            id = MentoringUnitId.From(Year.ToString(CultureInfo.InvariantCulture) + "-" + _nextUnitNumber.ToString("000", CultureInfo.InvariantCulture));
            _nextUnitNumber++;
        }
        while (_units.ContainsKey(id));
        return id;
    }

    internal EducatorId NextPseudonym()
    {
        var used = new HashSet<EducatorId>(_units.Values.SelectMany(u =>
            u.Mentees.Append(u.Mentor).Concat(u.DepartedMentees).Concat(u.Replacements.SelectMany(r => new[] { r.PreviousMentor, r.NewMentor }))));
        used.UnionWith(_anonymised);
        used.UnionWith(_capacities.Keys);
        for (var n = _anonymised.Count + 1; ; n++)
        {
            var candidate = EducatorId.From(PseudonymPrefix + n.ToString(CultureInfo.InvariantCulture));
            if (!used.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    internal string? BrokenSpanningInvariant()
    {
        foreach (var mentor in _units.Values.SelectMany(u => u.Tenures().Select(t => t.Mentor)).Distinct())
        {
            if (CheckPeakFits(mentor, CapacityOf(mentor)) is not null)
            {
                return $"The snapshot puts {mentor} over capacity.";
            }
        }

        var spans = _units.Values
            .SelectMany(u => u.Mentees.Concat(u.DepartedMentees).Distinct().Select(m => (Mentee: m, Span: u.MenteeSpan(m))))
            .Where(x => x.Span is not null)
            .GroupBy(x => x.Mentee);
        foreach (var group in spans)
        {
            var ordered = group.Select(x => x.Span!).OrderBy(s => s.Start).ToArray();
            for (var i = 1; i < ordered.Length; i++)
            {
                if (ordered[i].Start <= ordered[i - 1].End)
                {
                    return $"The snapshot puts {group.Key} in two units at once.";
                }
            }
        }

        return null;
    }
}
