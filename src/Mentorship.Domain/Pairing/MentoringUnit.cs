using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// A mentoring pair or group (наставническая пара или группа): one mentor with one mentee, or with a group of two or
/// more, in a form, for a programme period, through its lifecycle (<see cref="MentoringUnitStatus"/>). An entity of
/// the <see cref="PairingRegister"/>, which checks every change against the rules that span units (the mentor's
/// capacity, one unit per mentee); read-only to everyone else.
/// </summary>
/// <remarks>
/// The period never changes, not even when the mentor is replaced. Identifiers only: no personal data is held here,
/// so <see cref="ToString"/> may be logged.
/// </remarks>
public sealed class MentoringUnit
{
    private readonly List<EducatorId> _mentees;
    private readonly SortedDictionary<EducatorId, MenteeConsent> _menteeConsents = [];
    private readonly List<MentorReplacement> _replacements = [];
    private readonly List<EducatorId> _departedMentees = [];
    private readonly SortedDictionary<EducatorId, OrganizationId> _externalMentors = [];
    private readonly List<MenteeJoining> _joinings = [];
    private readonly List<MenteeLeaving> _leavings = [];
    private readonly TopicCode[] _topics;

    internal MentoringUnit(MentoringUnitId id, PairProposal proposal, LocalDate proposedOn, bool periodWarningAcknowledged)
    {
        Id = id;
        Mentor = proposal.Mentor;
        _mentees = [.. proposal.Mentees];
        Form = proposal.Form;
        Period = proposal.Period;
        Participants = proposal.Participants;
        Variant = proposal.Variant;
        _topics = (proposal.Topics ?? []).ToArray();
        Source = proposal.Source;
        MatchScore = proposal.MatchScore;
        ProposedOn = proposedOn;
        PeriodWarningAcknowledged = periodWarningAcknowledged;
        Status = MentoringUnitStatus.Proposed;
    }

    /// <summary>
    /// The mentors of the unit (current or former) who come from another organisation (virtual form), with their
    /// organisation; empty when every mentor is the register's own.
    /// </summary>
    public IReadOnlyDictionary<EducatorId, OrganizationId> ExternalMentors => _externalMentors;

    /// <summary>The current mentor's organisation when it is another one than the register's; otherwise <see langword="null"/>.</summary>
    public OrganizationId? MentorOrganizationId => _externalMentors.TryGetValue(Mentor, out var o) ? o : null;

    /// <summary>The identifier.</summary>
    public MentoringUnitId Id { get; }

    /// <summary>The current mentor.</summary>
    public EducatorId Mentor { get; private set; }

    /// <summary>The current mentees, in the order proposed: one for a pair, two or more for a group.</summary>
    public IReadOnlyList<EducatorId> Mentees => _mentees;

    /// <summary>Whether this is a group (group or team form).</summary>
    public bool IsGroup => GroupSizeRule.IsGroupForm(Form);

    /// <summary>The organisational form.</summary>
    public MentorshipForm Form { get; }

    /// <summary>The programme period, both ends included; unchanged for the unit's whole life.</summary>
    public DateInterval Period { get; }

    /// <summary>Whether the coordinator acknowledged that the period is outside 3–12 months.</summary>
    public bool PeriodWarningAcknowledged { get; }

    /// <summary>The form by participants.</summary>
    public ParticipantsForm Participants { get; }

    /// <summary>The variant of the educator – educator form, if stated.</summary>
    public EducatorPairVariant? Variant { get; }

    /// <summary>The requests the unit addresses, key request first; possibly empty.</summary>
    public IReadOnlyList<TopicCode> Topics => _topics;

    /// <summary>Where the proposal came from.</summary>
    public ProposalSource Source { get; }

    /// <summary>The matching score, when proposed from a matching.</summary>
    public int? MatchScore { get; }

    /// <summary>The date of the proposal.</summary>
    public LocalDate ProposedOn { get; }

    /// <summary>The status.</summary>
    public MentoringUnitStatus Status { get; private set; }

    /// <summary>The current mentor's Labour Code art. 351.8 agreement, once recorded.</summary>
    public MentoringConsent? MentorAgreement { get; private set; }

    /// <summary>The consents of the current mentees, by mentee.</summary>
    public IReadOnlyDictionary<EducatorId, MenteeConsent> MenteeConsents => _menteeConsents;

    /// <summary>The order that fixed the unit, once fixed.</summary>
    public OrderReference? FixingOrder { get; private set; }

    /// <summary>The start date, once active.</summary>
    public LocalDate? ActivatedOn { get; private set; }

    /// <summary>The completion, once completed.</summary>
    public UnitCompletion? Completion { get; private set; }

    /// <summary>The early termination, once ended early.</summary>
    public EarlyTermination? EarlyTermination { get; private set; }

    /// <summary>The date of cancellation, once cancelled.</summary>
    public LocalDate? CancelledOn { get; private set; }

    /// <summary>The replacements of the mentor, oldest first.</summary>
    public IReadOnlyList<MentorReplacement> Replacements => _replacements;

    /// <summary>
    /// Mentees who left the group while it went on: released or moved by an order (see <see cref="Leavings"/>), or
    /// after a withdrawal of consent under their anonymised identifiers.
    /// </summary>
    public IReadOnlyList<EducatorId> DepartedMentees => _departedMentees;

    /// <summary>The mentees who joined the group while it ran, by an order, oldest first.</summary>
    public IReadOnlyList<MenteeJoining> Joinings => _joinings;

    /// <summary>The mentees who left the group while it went on by an order (released or moved), oldest first.</summary>
    public IReadOnlyList<MenteeLeaving> Leavings => _leavings;

    /// <summary>
    /// The days a mentee is (or is planned to be) in the unit, both ends included: from their first day (the period's
    /// start, or the day they joined) to their last (the unit's last day, or the day they left); <see langword="null"/>
    /// for a person who is not a mentee of it, or when those days are none.
    /// </summary>
    /// <param name="mentee">The mentee.</param>
    /// <returns>The days, or <see langword="null"/>.</returns>
    public DateInterval? MenteeSpan(EducatorId mentee)
    {
        var leaving = _leavings.Find(l => l.Mentee == mentee);
        if (LastDay is not { } last || (!_mentees.Contains(mentee) && leaving is null))
        {
            return null;
        }

        var from = _joinings.Find(j => j.Mentee == mentee)?.FirstDay ?? Period.Start;
        var to = leaving is not null && leaving.LastDay < last ? leaving.LastDay : last;
        return from <= to ? new DateInterval(from, to) : null;
    }

    /// <summary>Whether the mentor's agreement and every mentee's consent are recorded.</summary>
    public bool HasAllConsents => MentorAgreement is not null && _mentees.All(_menteeConsents.ContainsKey);

    /// <summary>Whether the unit is proposed, has its consents, is fixed or is active.</summary>
    public bool IsOpen => Status is MentoringUnitStatus.Proposed or MentoringUnitStatus.ConsentsInPlace or MentoringUnitStatus.Fixed or MentoringUnitStatus.Active;

    /// <summary>
    /// The last day of the unit: the day it ended early; the completion day (at most the period's end); otherwise the
    /// period's end. <see langword="null"/> for a cancelled unit, which never ran.
    /// </summary>
    public LocalDate? LastDay => Status switch
    {
        MentoringUnitStatus.Cancelled => null,
        MentoringUnitStatus.EndedEarly => EarlyTermination!.EndsOn,
        MentoringUnitStatus.Completed => Completion!.On < Period.End ? Completion.On : Period.End,
        _ => Period.End,
    };

    /// <summary>
    /// The date of the latest of: the fixing order, the start, the latest replacement, the latest change of the group's
    /// composition (a first or last day); <see langword="null"/> before the order.
    /// </summary>
    public LocalDate? LastChangeOn
    {
        get
        {
            LocalDate? last = FixingOrder?.Date;
            if (ActivatedOn is { } a && (last is null || a > last))
            {
                last = a;
            }

            if (_replacements.Count > 0 && (last is null || _replacements[^1].EffectiveOn > last))
            {
                last = _replacements[^1].EffectiveOn;
            }

            foreach (var day in _joinings.Select(j => j.FirstDay).Concat(_leavings.Select(l => l.LastDay)))
            {
                if (last is null || day > last)
                {
                    last = day;
                }
            }

            return last;
        }
    }

    /// <summary>The places the unit takes of its mentor's capacity under a policy.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>1 for a pair; <see cref="PairingPolicy.GroupPlaces"/> for a group.</returns>
    public int PlacesTaken(PairingPolicy policy) => IsGroup ? Guard.Against.Null(policy).GroupPlaces : 1;

    /// <summary>The mentor on a date, if the unit runs (or is planned to run) that day with one.</summary>
    /// <param name="on">The date.</param>
    /// <returns>The mentor, or <see langword="null"/>.</returns>
    public EducatorId? MentorOn(LocalDate on)
    {
        foreach (var (mentor, span) in Tenures())
        {
            if (span.Contains(on))
            {
                return mentor;
            }
        }

        return null;
    }

    /// <summary>
    /// The mentors' spans: each mentor with the days they lead the unit, both ends included, oldest first; empty spans
    /// left out. A cancelled unit has none.
    /// </summary>
    /// <returns>The spans.</returns>
    public IReadOnlyList<KeyValuePair<EducatorId, DateInterval>> MentorSpans() =>
        Tenures().Select(t => new KeyValuePair<EducatorId, DateInterval>(t.Mentor, t.Span)).ToArray();

    /// <inheritdoc />
    public override string ToString() => $"{(IsGroup ? "Group" : "Pair")} {Id} ({Status}, {_mentees.Count} mentees)";

    internal IEnumerable<(EducatorId Mentor, DateInterval Span)> Tenures()
    {
        if (LastDay is not { } lastDay)
        {
            yield break;
        }

        var from = Period.Start;
        var mentor = _replacements.Count > 0 ? _replacements[0].PreviousMentor : Mentor;
        foreach (var replacement in _replacements)
        {
            var to = replacement.EffectiveOn.PlusDays(-1);
            if (to > lastDay)
            {
                to = lastDay;
            }

            if (from <= to)
            {
                yield return (mentor, new DateInterval(from, to));
            }

            from = replacement.EffectiveOn;
            mentor = replacement.NewMentor;
        }

        if (from <= lastDay)
        {
            yield return (mentor, new DateInterval(from, lastDay));
        }
    }

    /// <summary>The days the unit runs or is planned to run, both ends included; <see langword="null"/> if none.</summary>
    internal DateInterval? Span => LastDay is { } last && last >= Period.Start ? new DateInterval(Period.Start, last) : null;

    internal void RecordMentorAgreement(MentoringConsent agreement)
    {
        MentorAgreement = agreement;
        UpdateConsentStatus();
    }

    internal void RecordMenteeConsent(EducatorId mentee, MenteeConsent consent)
    {
        _menteeConsents[mentee] = consent;
        UpdateConsentStatus();
    }

    internal void MarkExternal(EducatorId mentor, OrganizationId organization) => _externalMentors[mentor] = organization;

    internal void Fix(OrderReference order)
    {
        FixingOrder = order;
        Status = MentoringUnitStatus.Fixed;
    }

    internal void Activate(LocalDate on)
    {
        ActivatedOn = on;
        Status = MentoringUnitStatus.Active;
    }

    internal void Complete(UnitCompletion completion)
    {
        Completion = completion;
        Status = MentoringUnitStatus.Completed;
    }

    internal void EndEarly(EarlyTermination termination)
    {
        EarlyTermination = termination;
        Status = MentoringUnitStatus.EndedEarly;
    }

    internal void Cancel(LocalDate on)
    {
        CancelledOn = on;
        Status = MentoringUnitStatus.Cancelled;
    }

    internal void ReplaceMentor(MentorReplacement replacement, MentoringConsent agreement)
    {
        _replacements.Add(replacement);
        Mentor = replacement.NewMentor;
        MentorAgreement = agreement;
    }

    internal void Join(MenteeJoining joining, MenteeConsent consent)
    {
        _mentees.Add(joining.Mentee);
        _menteeConsents[joining.Mentee] = consent;
        _joinings.Add(joining);
    }

    /// <summary>A mentee leaves a group that goes on by an order: their consent goes, they are kept as departed.</summary>
    internal void Release(MenteeLeaving leaving)
    {
        _mentees.Remove(leaving.Mentee);
        _menteeConsents.Remove(leaving.Mentee);
        _departedMentees.Add(leaving.Mentee);
        _leavings.Add(leaving);
    }

    /// <summary>A mentee leaves a group that goes on: their consent goes, they are kept under a pseudonym as departed.</summary>
    internal void RemoveMentee(EducatorId mentee, EducatorId pseudonym)
    {
        _mentees.Remove(mentee);
        _menteeConsents.Remove(mentee);
        _departedMentees.Add(pseudonym);
    }

    /// <summary>Replaces every trace of a person by a pseudonym and drops the documents that were theirs.</summary>
    internal void Anonymise(EducatorId person, EducatorId pseudonym)
    {
        for (var i = 0; i < _mentees.Count; i++)
        {
            if (_mentees[i] == person)
            {
                _mentees[i] = pseudonym;
            }
        }

        _menteeConsents.Remove(person);
        for (var i = 0; i < _departedMentees.Count; i++)
        {
            if (_departedMentees[i] == person)
            {
                _departedMentees[i] = pseudonym;
            }
        }

        for (var i = 0; i < _joinings.Count; i++)
        {
            if (_joinings[i].Mentee == person)
            {
                _joinings[i] = _joinings[i] with { Mentee = pseudonym };
            }
        }

        for (var i = 0; i < _leavings.Count; i++)
        {
            if (_leavings[i].Mentee == person)
            {
                _leavings[i] = _leavings[i] with { Mentee = pseudonym };
            }
        }

        if (_externalMentors.TryGetValue(person, out var organization))
        {
            _externalMentors.Remove(person);
            _externalMentors[pseudonym] = organization;
        }

        if (Mentor == person)
        {
            Mentor = pseudonym;
            MentorAgreement = null;
        }

        for (var i = 0; i < _replacements.Count; i++)
        {
            var r = _replacements[i];
            if (r.PreviousMentor == person || r.NewMentor == person)
            {
                _replacements[i] = r with
                {
                    PreviousMentor = r.PreviousMentor == person ? pseudonym : r.PreviousMentor,
                    NewMentor = r.NewMentor == person ? pseudonym : r.NewMentor,
                };
            }
        }
    }

    internal bool Involves(EducatorId person) =>
        Mentor == person || _mentees.Contains(person) || _departedMentees.Contains(person) || _replacements.Any(r => r.PreviousMentor == person || r.NewMentor == person);

    /// <summary>Restores the state a snapshot holds (checked by the register).</summary>
    internal void Restore(
        MentoringUnitStatus status,
        MentoringConsent? agreement,
        IEnumerable<KeyValuePair<EducatorId, MenteeConsent>> consents,
        OrderReference? fixingOrder,
        LocalDate? activatedOn,
        UnitCompletion? completion,
        EarlyTermination? termination,
        LocalDate? cancelledOn,
        IEnumerable<MentorReplacement> replacements,
        IEnumerable<EducatorId> departed,
        IEnumerable<KeyValuePair<EducatorId, OrganizationId>> externalMentors,
        IEnumerable<MenteeJoining> joinings,
        IEnumerable<MenteeLeaving> leavings)
    {
        _joinings.AddRange(joinings);
        _leavings.AddRange(leavings);
        foreach (var e in externalMentors)
        {
            _externalMentors.Add(e.Key, e.Value);
        }

        MentorAgreement = agreement;
        foreach (var c in consents)
        {
            _menteeConsents.Add(c.Key, c.Value);
        }

        FixingOrder = fixingOrder;
        ActivatedOn = activatedOn;
        Completion = completion;
        EarlyTermination = termination;
        CancelledOn = cancelledOn;
        _replacements.AddRange(replacements);
        _departedMentees.AddRange(departed);
        Status = status;
    }

    private void UpdateConsentStatus() =>
        Status = HasAllConsents ? MentoringUnitStatus.ConsentsInPlace : MentoringUnitStatus.Proposed;
}
