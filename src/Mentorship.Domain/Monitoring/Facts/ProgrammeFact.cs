using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Facts;

/// <summary>
/// A pair or group with its personalized programme, as monitoring reads it: the organisation, the form, the mentor
/// (and any replacements), the mentees with the days each of them is in it, the programme's dates, how it was closed,
/// and the plan with its done marks. Immutable.
/// </summary>
/// <remarks>
/// <para>A programme enters the facts once its start is fixed (by the order). It is active on every day from
/// <see cref="Start"/> through <see cref="ClosedOn"/> (both included), or from <see cref="Start"/> on while open:
/// a programme past its planned end but not closed is still active.</para>
/// <para>A group's composition may change while it runs: each mentee has their own span (<see cref="MenteeSpans"/>),
/// from the start or the day they joined, through the day they left or the programme's own last day. A mentee who left
/// stays among <see cref="Mentees"/> with their span. The programme's closure is the group's, not the mentee's: a
/// mentee who left did not see it closed.</para>
/// </remarks>
public sealed class ProgrammeFact
{
    private readonly EducatorId[] _mentees;
    private readonly MentorReplacementFact[] _replacements;
    private readonly PlanItemFact[] _plan;
    private readonly EducatorId[] _externalMentors;
    private readonly MenteeSpanFact[] _spans;
    private readonly Tenure[] _tenures;

    /// <summary>Creates a fact.</summary>
    /// <param name="id">The pair's or group's identifier (as the Pairing room knows it).</param>
    /// <param name="organizationId">The organisation the pair or group belongs to.</param>
    /// <param name="form">The form of mentorship.</param>
    /// <param name="mentor">The mentor at the start.</param>
    /// <param name="mentees">The mentees: one for a pair, two or more for a group; distinct, not the mentor.</param>
    /// <param name="start">The programme's first day.</param>
    /// <param name="plannedEnd">The programme's planned last day.</param>
    /// <param name="closedOn">The day it was closed (its last active day), or <see langword="null"/> while open.</param>
    /// <param name="closure">How it was closed; given exactly when <paramref name="closedOn"/> is.</param>
    /// <param name="replacements">Mentor replacements, in any order; each on a distinct day within the active span, each naming a new mentor.</param>
    /// <param name="plan">The plan items; identifiers distinct.</param>
    /// <param name="externalMentors">
    /// The programme's mentors who come from another organisation (virtual form); each the first mentor or a new mentor
    /// of a replacement. They are not counted as the organisation's mentors.
    /// </param>
    /// <param name="menteeSpans">
    /// The days of mentees who did not spend the whole programme in it (joined a running group, or left it while it goes
    /// on); at most one per mentee, each naming a mentee, starting on or after <paramref name="start"/> and ending by
    /// <paramref name="closedOn"/> when closed. A mentee without a span is in the programme from its start to its last day.
    /// </param>
    /// <exception cref="ArgumentException">Any of the conditions above fails.</exception>
    public ProgrammeFact(
        string id,
        OrganizationId organizationId,
        MentorshipForm form,
        EducatorId mentor,
        IEnumerable<EducatorId> mentees,
        LocalDate start,
        LocalDate plannedEnd,
        LocalDate? closedOn = null,
        ProgrammeClosure? closure = null,
        IEnumerable<MentorReplacementFact>? replacements = null,
        IEnumerable<PlanItemFact>? plan = null,
        IEnumerable<EducatorId>? externalMentors = null,
        IEnumerable<MenteeSpanFact>? menteeSpans = null)
    {
        Id = Guard.Against.NullOrWhiteSpace(id).Trim();
        Guard.Against.Default(organizationId);
        Guard.Against.Default(mentor);
        OrganizationId = organizationId;
        Form = Guard.Against.EnumOutOfRange(form);
        Mentor = mentor;
        _mentees = Guard.Against.Null(mentees).ToArray();
        if (_mentees.Length == 0 || _mentees.Any(m => m == default) || _mentees.Distinct().Count() != _mentees.Length)
        {
            throw new ArgumentException("A programme has one or more distinct mentees.", nameof(mentees));
        }

        if (plannedEnd < start)
        {
            throw new ArgumentException("The planned end precedes the start.", nameof(plannedEnd));
        }

        if (closedOn.HasValue != closure.HasValue)
        {
            throw new ArgumentException("A closed programme has both a closing day and a closure.", nameof(closure));
        }

        if (closedOn is { } closed && closed < start)
        {
            throw new ArgumentException("The programme closes before it starts.", nameof(closedOn));
        }

        Start = start;
        PlannedEnd = plannedEnd;
        ClosedOn = closedOn;
        Closure = closure is { } c ? Guard.Against.EnumOutOfRange(c, nameof(closure)) : null;
        _replacements = (replacements ?? []).Select(r => Guard.Against.Null(r, nameof(replacements))).OrderBy(r => r.On).ToArray();
        var current = mentor;
        for (var i = 0; i < _replacements.Length; i++)
        {
            var r = _replacements[i];
            if (r.On <= start || (closedOn is { } end && r.On > end) || (i > 0 && r.On == _replacements[i - 1].On))
            {
                throw new ArgumentException("Replacements fall on distinct days after the start and within the active span.", nameof(replacements));
            }

            if (r.NewMentor == current || Array.IndexOf(_mentees, r.NewMentor) >= 0)
            {
                throw new ArgumentException("A replacement names a new mentor who is not a mentee of the programme.", nameof(replacements));
            }

            current = r.NewMentor;
        }

        if (Array.IndexOf(_mentees, mentor) >= 0)
        {
            throw new ArgumentException("The mentor is not one of the mentees.", nameof(mentor));
        }

        _plan = (plan ?? []).ToArray();
        if (_plan.Any(p => p is null) || _plan.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() != _plan.Length)
        {
            throw new ArgumentException("Plan items have distinct identifiers.", nameof(plan));
        }

        _externalMentors = (externalMentors ?? []).Distinct().ToArray();
        if (_externalMentors.Any(e => !HasMentor(e)))
        {
            throw new ArgumentException("An external mentor is one of the programme's mentors.", nameof(externalMentors));
        }

        _spans = new MenteeSpanFact[_mentees.Length];
        foreach (var span in menteeSpans ?? [])
        {
            var i = Array.IndexOf(_mentees, Guard.Against.Null(span, nameof(menteeSpans)).Mentee);
            if (i < 0 || _spans[i] is not null)
            {
                throw new ArgumentException("Each mentee span names a mentee of the programme, at most once.", nameof(menteeSpans));
            }

            if (span.From < start || (closedOn is { } last && (span.From > last || span.Through > last)))
            {
                throw new ArgumentException("A mentee span lies within the programme's active span.", nameof(menteeSpans));
            }

            _spans[i] = span;
        }

        for (var i = 0; i < _mentees.Length; i++)
        {
            _spans[i] = new MenteeSpanFact(_spans[i] ?? new MenteeSpanFact(_mentees[i], start), this);
        }

        // Each mentor's tenure, resolved once: from the start or the replacement's day to the day before the next
        // replacement, or to the closing day (open while the programme is).
        _tenures = new Tenure[_replacements.Length + 1];
        var leader = mentor;
        var from = start;
        for (var i = 0; i <= _replacements.Length; i++)
        {
            LocalDate? through = i < _replacements.Length ? _replacements[i].On.PlusDays(-1) : closedOn;
            _tenures[i] = new Tenure(leader, from, through);
            if (i < _replacements.Length)
            {
                leader = _replacements[i].NewMentor;
                from = _replacements[i].On;
            }
        }
    }

    /// <summary>The pair's or group's identifier.</summary>
    public string Id { get; }

    /// <summary>The organisation.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>The form of mentorship.</summary>
    public MentorshipForm Form { get; }

    /// <summary>The mentor at the start.</summary>
    public EducatorId Mentor { get; }

    /// <summary>The mentees, including those who left a running group.</summary>
    public IReadOnlyList<EducatorId> Mentees => _mentees;

    /// <summary>
    /// The days of each mentee, in the order of <see cref="Mentees"/>: a mentee who spent the whole programme in it has
    /// <see cref="MenteeSpanFact.From"/> = <see cref="Start"/> and no <see cref="MenteeSpanFact.Through"/>.
    /// </summary>
    public IReadOnlyList<MenteeSpanFact> MenteeSpans => _spans;

    /// <summary>
    /// Whether this is a group rather than a pair: its form is a group form (group or team mentoring), as the Pairing
    /// room defines it (<see cref="GroupSizeRule.IsGroupForm"/>), whatever the number of mentees left in it.
    /// </summary>
    public bool IsGroup => GroupSizeRule.IsGroupForm(Form);

    /// <summary>Whether the form counts against a mentor's capacity: a pair's form (every form but the group forms, <see cref="IsGroup"/>).</summary>
    public bool IsIndividualForm => !IsGroup;

    /// <summary>The programme's first day.</summary>
    public LocalDate Start { get; }

    /// <summary>The programme's planned last day.</summary>
    public LocalDate PlannedEnd { get; }

    /// <summary>The day it was closed, or <see langword="null"/> while open.</summary>
    public LocalDate? ClosedOn { get; }

    /// <summary>How it was closed, or <see langword="null"/> while open.</summary>
    public ProgrammeClosure? Closure { get; }

    /// <summary>The mentor replacements, by date.</summary>
    public IReadOnlyList<MentorReplacementFact> Replacements => _replacements;

    /// <summary>The plan items.</summary>
    public IReadOnlyList<PlanItemFact> Plan => _plan;

    /// <summary>The mentors who come from another organisation (virtual form); not counted as the organisation's mentors.</summary>
    public IReadOnlyList<EducatorId> ExternalMentors => _externalMentors;

    /// <summary>
    /// Reads a pair or group of the Pairing room, if it has started (active, completed, or ended early after its
    /// start): the start is the day of activation; a completion closes as <see cref="ProgrammeClosure.CompletedDone"/>
    /// when the goal was achieved and <see cref="ProgrammeClosure.CompletedNotDone"/> otherwise, on the unit's last
    /// day; an early termination closes on its last day. A mentor replaced before the start counts as the first
    /// mentor. Each mentee's span is read from <see cref="MentoringUnit.MenteeSpan"/>: a mentee who joined the running
    /// group starts on their first day, and a mentee released or moved by an order (<see cref="MentoringUnit.Leavings"/>)
    /// stays among the mentees through their last day; a mentee without a day in the started programme stays out.
    /// Mentees who left a group by withdrawing their consent (anonymised) stay out, unless nobody else is left. The
    /// unit's mentors from another organisation become <see cref="ExternalMentors"/>.
    /// </summary>
    /// <param name="organizationId">The organisation of the unit's register.</param>
    /// <param name="unit">The pair or group.</param>
    /// <param name="plan">The plan items of its personalized programme; optional.</param>
    /// <returns>The fact, or <see langword="null"/> for a unit that never started.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static ProgrammeFact? From(OrganizationId organizationId, MentoringUnit unit, IEnumerable<PlanItemFact>? plan = null)
    {
        Guard.Against.Null(unit);
        if (unit.ActivatedOn is not { } start)
        {
            return null;
        }

        LocalDate? closedOn = null;
        ProgrammeClosure? closure = null;
        if (unit.Status == MentoringUnitStatus.Completed)
        {
            closedOn = unit.LastDay;
            closure = unit.Completion!.Outcome == MentoringOutcome.Achieved ? ProgrammeClosure.CompletedDone : ProgrammeClosure.CompletedNotDone;
        }
        else if (unit.Status == MentoringUnitStatus.EndedEarly)
        {
            closedOn = unit.LastDay;
            closure = ProgrammeClosure.EndedEarly;
        }

        if (closedOn is { } closed && closed < start)
        {
            closedOn = start;
        }

        // The unit's own tenures (MentorSpans): the one leading on the start is the first mentor; each later tenure
        // within the programme's days is a replacement.
        var mentor = unit.Mentor;
        var first = true;
        var kept = new List<MentorReplacementFact>();
        foreach (var tenure in unit.MentorSpans())
        {
            if (first || tenure.Value.Start <= start)
            {
                mentor = tenure.Key;
                first = false;
            }
            else if (closedOn is not { } c || tenure.Value.Start <= c)
            {
                kept.Add(new MentorReplacementFact(tenure.Value.Start, tenure.Key));
            }
        }

        var external = unit.ExternalMentors.Keys.Where(k => k == mentor || kept.Exists(r => r.NewMentor == k));
        var spans = SpansOf(unit, start, closedOn);
        return new ProgrammeFact(
            unit.Id.Value,
            organizationId,
            unit.Form,
            mentor,
            spans.Count > 0 ? spans.Select(s => s.Mentee) : unit.Mentees.Count > 0 ? unit.Mentees : unit.DepartedMentees,
            start,
            unit.Period.End > start ? unit.Period.End : start,
            closedOn,
            closure,
            kept,
            plan,
            external,
            spans);
    }

    /// <summary>Whether a person is a mentee in the programme on a date (within their own span).</summary>
    /// <param name="mentee">The person.</param>
    /// <param name="on">The date.</param>
    /// <returns><see langword="true"/> from the mentee's first day through their last.</returns>
    public bool IsMenteeOn(EducatorId mentee, LocalDate on)
    {
        var i = Array.IndexOf(_mentees, mentee);
        return i >= 0 && _spans[i].IsOn(on);
    }

    /// <summary>Whether a person is a mentee in the programme on at least one day of a period.</summary>
    /// <param name="mentee">The person.</param>
    /// <param name="period">The period, both ends included.</param>
    /// <returns><see langword="true"/> if the mentee's own span meets the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public bool WasMenteeDuring(EducatorId mentee, DateInterval period)
    {
        Guard.Against.Null(period);
        var i = Array.IndexOf(_mentees, mentee);
        return i >= 0 && _spans[i].IsDuring(period.Start, period.End);
    }

    /// <summary>Whether the programme is active on a date.</summary>
    /// <param name="on">The date.</param>
    /// <returns><see langword="true"/> from the start through the closing day.</returns>
    public bool IsActiveOn(LocalDate on) => Start <= on && (ClosedOn is not { } closed || on <= closed);

    /// <summary>Whether the programme is active on at least one day of a period.</summary>
    /// <param name="period">The period, both ends included.</param>
    /// <returns><see langword="true"/> if the active span meets the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public bool IsActiveDuring(DateInterval period)
    {
        Guard.Against.Null(period);
        return Start <= period.End && (ClosedOn is not { } closed || closed >= period.Start);
    }

    /// <summary>The mentor leading the programme on a date (the mentor at the start before it starts).</summary>
    /// <param name="on">The date.</param>
    /// <returns>The mentor.</returns>
    public EducatorId MentorOn(LocalDate on)
    {
        for (var i = _tenures.Length - 1; i > 0; i--)
        {
            if (_tenures[i].From <= on)
            {
                return _tenures[i].Mentor;
            }
        }

        return Mentor;
    }

    /// <summary>Whether a person has led the programme as mentor at any time.</summary>
    /// <param name="educator">The person.</param>
    /// <returns><see langword="true"/> for the first mentor or a replacement.</returns>
    public bool HasMentor(EducatorId educator) => Mentor == educator || Array.Exists(_replacements, r => r.NewMentor == educator);

    /// <summary>Whether a mentor of the programme comes from another organisation.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <returns><see langword="true"/> for a mentor from elsewhere (virtual form).</returns>
    public bool IsExternalMentor(EducatorId mentor) => Array.IndexOf(_externalMentors, mentor) >= 0;

    /// <summary>Whether a person is one of the mentees.</summary>
    /// <param name="educator">The person.</param>
    /// <returns><see langword="true"/> for a mentee.</returns>
    public bool HasMentee(EducatorId educator) => Array.IndexOf(_mentees, educator) >= 0;

    /// <inheritdoc />
    public override string ToString() => $"Programme {Id} at {OrganizationId}";

    /// <summary>The mentees' spans resolved against the closing day, in the order of <see cref="Mentees"/>.</summary>
    internal MenteeSpanFact[] EnrolmentArray => _spans;

    /// <summary>The replacements as an array, by date.</summary>
    internal MentorReplacementFact[] ReplacementArray => _replacements;

    /// <summary>The plan items as an array.</summary>
    internal PlanItemFact[] PlanArray => _plan;

    /// <summary>
    /// The spans of a unit's mentees within the started programme: current mentees first, then those who left by an
    /// order; a current mentee's span runs to the programme's last day, a leaver's through their own last day.
    /// </summary>
    private static List<MenteeSpanFact> SpansOf(MentoringUnit unit, LocalDate start, LocalDate? closedOn)
    {
        var spans = new List<MenteeSpanFact>();
        var leavers = unit.Leavings.Select(l => l.Mentee).Where(m => !unit.Mentees.Contains(m));
        foreach (var mentee in unit.Mentees.Concat(leavers).Distinct())
        {
            if (unit.MenteeSpan(mentee) is not { } days)
            {
                continue;
            }

            var from = days.Start > start ? days.Start : start;
            var left = !unit.Mentees.Contains(mentee) && (closedOn is not { } c || days.End < c);
            if ((left && days.End < from) || (closedOn is { } closed && from > closed))
            {
                continue;
            }

            spans.Add(new MenteeSpanFact(mentee, from, left ? days.End : null));
        }

        return spans;
    }

    /// <summary>Whether a person led the programme on at least one active day of a period (one of their tenures meets it).</summary>
    internal bool WasLedByDuring(EducatorId educator, LocalDate periodStart, LocalDate periodEnd)
    {
        foreach (var t in _tenures)
        {
            if (t.Mentor == educator && t.From <= periodEnd && (t.Through is not { } last || last >= periodStart))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One mentor's days at the head of the programme, both ends included; open while the programme is.</summary>
    private readonly record struct Tenure(EducatorId Mentor, LocalDate From, LocalDate? Through);
}
