using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.Pairing.Events;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Programmes;

/// <summary>
/// The personalised programme of mentorship (персонализированная программа наставничества, ППН) of one pair or group:
/// diagnosis of each mentee (difficulties, strengths, request), goal and tasks, the plan (direction, activity, form,
/// date, responsible, expected product, done mark), expected results and reporting forms; drawn up, approved, carried
/// out and completed with an evaluation, or closed when its unit ends early.
/// </summary>
/// <remarks>
/// <para>
/// The period and form are the unit's, copied when the programme is drawn up; the period never changes (a mentor's
/// replacement keeps it). Its 3–12 months are checked when the unit is proposed (<see cref="ProgramPeriodRule"/>); an
/// acknowledged exception is carried here and printed. The plan names people by role, never by name.
/// </para>
/// <para>Not thread-safe: a host serialises the commands sent to one programme.</para>
/// </remarks>
public sealed class PersonalizedProgram : AggregateRoot
{
    private readonly List<EducatorId> _mentees;
    private readonly List<MenteeDiagnosis> _diagnoses = [];
    private readonly List<string> _tasks = [];
    private readonly List<PlanItem> _plan = [];
    private readonly List<string> _expectedResults = [];
    private readonly List<string> _reportingForms = [];

    private PersonalizedProgram(
        MentoringUnitId unitId, OrganizationId organizationId, DateInterval period, MentorshipForm form, bool periodWarningAcknowledged, IEnumerable<EducatorId> mentees, LocalDate draftedOn)
    {
        UnitId = unitId;
        OrganizationId = organizationId;
        Period = period;
        Form = form;
        PeriodWarningAcknowledged = periodWarningAcknowledged;
        _mentees = [.. mentees];
        DraftedOn = draftedOn;
        Status = ProgramStatus.Draft;
        Goal = string.Empty;
    }

    /// <summary>The pair or group.</summary>
    public MentoringUnitId UnitId { get; }

    /// <summary>The organisation.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>The period, both ends included: the unit's.</summary>
    public DateInterval Period { get; }

    /// <summary>The form: the unit's.</summary>
    public MentorshipForm Form { get; }

    /// <summary>Whether the unit's period outside 3–12 months was acknowledged.</summary>
    public bool PeriodWarningAcknowledged { get; }

    /// <summary>The mentees the programme is for.</summary>
    public IReadOnlyList<EducatorId> Mentees => _mentees;

    /// <summary>The diagnoses, one per mentee.</summary>
    public IReadOnlyList<MenteeDiagnosis> Diagnoses => _diagnoses;

    /// <summary>The goal.</summary>
    public string Goal { get; private set; }

    /// <summary>The tasks.</summary>
    public IReadOnlyList<string> Tasks => _tasks;

    /// <summary>The plan items, in date order (stable for equal dates).</summary>
    public IReadOnlyList<PlanItem> Plan => _plan;

    /// <summary>The expected results.</summary>
    public IReadOnlyList<string> ExpectedResults => _expectedResults;

    /// <summary>The reporting forms.</summary>
    public IReadOnlyList<string> ReportingForms => _reportingForms;

    /// <summary>The status.</summary>
    public ProgramStatus Status { get; private set; }

    /// <summary>The date it was drawn up.</summary>
    public LocalDate DraftedOn { get; }

    /// <summary>The date of the latest approval, if approved.</summary>
    public LocalDate? ApprovedOn { get; private set; }

    /// <summary>The evaluation, once completed.</summary>
    public ProgramEvaluation? Evaluation { get; private set; }

    /// <summary>The date of closing, once closed.</summary>
    public LocalDate? ClosedOn { get; private set; }

    /// <summary>How many mentees' diagnoses were erased after withdrawals of consent.</summary>
    public int ErasedMentees { get; private set; }

    /// <summary>Draws up the programme of a unit that is open (not cancelled, completed or ended early).</summary>
    /// <param name="unit">The pair or group.</param>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="draft">The content.</param>
    /// <param name="on">The date.</param>
    /// <returns>The programme (a draft), or a rejection naming every broken rule.</returns>
    public static Outcome<PersonalizedProgram> Draft(MentoringUnit unit, OrganizationId organizationId, ProgramDraft draft, LocalDate on)
    {
        Guard.Against.Null(unit);
        Guard.Against.Default(organizationId);
        Guard.Against.Null(draft);
        var violations = new List<RuleViolation>();
        violations.AddIfPresent(ProgramStatusRule.CheckUnit(unit));
        violations.AddRange(ProgramContentRule.Check(draft, unit.Mentees, unit.Period, unit.Id.Value));
        if (violations.Count > 0)
        {
            return new Rejection(violations);
        }

        var program = new PersonalizedProgram(unit.Id, organizationId, unit.Period, unit.Form, unit.PeriodWarningAcknowledged, unit.Mentees, on);
        program.SetContent(draft);
        program.Raise(new ProgramDrafted(on, unit.Id));
        return program;
    }

    /// <summary>Replaces the content of a draft or approved programme; an approved one goes back to draft for approval.</summary>
    /// <param name="draft">The new content.</param>
    /// <param name="on">The date.</param>
    /// <returns>Accepted, or a rejection.</returns>
    public CommandResult Revise(ProgramDraft draft, LocalDate on)
    {
        Guard.Against.Null(draft);
        var violations = new List<RuleViolation>();
        violations.AddIfPresent(ProgramStatusRule.Check(this, ProgramStatusRule.NotOpen, ProgramStatus.Draft, ProgramStatus.Approved));
        violations.AddRange(ProgramContentRule.Check(draft, _mentees, Period, UnitId.Value));
        if (violations.Count > 0)
        {
            return new Rejection(violations);
        }

        SetContent(draft);
        Status = ProgramStatus.Draft;
        Raise(new ProgramRevised(on, UnitId));
        return CommandResult.Ok;
    }

    /// <summary>Approves a draft.</summary>
    /// <param name="on">The date of approval.</param>
    /// <returns>Accepted, or a rejection.</returns>
    public CommandResult Approve(LocalDate on)
    {
        if (ProgramStatusRule.Check(this, ProgramStatusRule.NotDraft, ProgramStatus.Draft) is { } violation)
        {
            return CommandResult.Refused(violation);
        }

        Status = ProgramStatus.Approved;
        ApprovedOn = on;
        Raise(new ProgramApproved(on, UnitId));
        return CommandResult.Ok;
    }

    /// <summary>Adds a plan item, dated inside the period, to a draft or approved programme.</summary>
    /// <param name="item">The item.</param>
    /// <param name="on">The date.</param>
    /// <returns>Accepted, or a rejection.</returns>
    public CommandResult AddPlanItem(PlanItem item, LocalDate on)
    {
        Guard.Against.Null(item);
        var violation = ProgramStatusRule.Check(this, ProgramStatusRule.NotOpen, ProgramStatus.Draft, ProgramStatus.Approved)
            ?? ProgramContentRule.CheckItem(item, Period, UnitId.Value);
        if (violation is not null)
        {
            return CommandResult.Refused(violation);
        }

        var index = InsertInOrder(item);
        Raise(new PlanItemAdded(on, UnitId, index + 1));
        return CommandResult.Ok;
    }

    /// <summary>Puts the done mark on a plan item of an approved programme.</summary>
    /// <param name="number">The item's number in <see cref="Plan"/>, from 1.</param>
    /// <param name="on">The date it was done.</param>
    /// <param name="note">A note, if any.</param>
    /// <returns>Accepted, or a rejection.</returns>
    public CommandResult MarkDone(int number, LocalDate on, string? note = null)
    {
        var violation = ProgramStatusRule.Check(this, ProgramStatusRule.NotApproved, ProgramStatus.Approved) ?? PlanItemRule.CheckMark(this, number);
        if (violation is not null)
        {
            return CommandResult.Refused(violation);
        }

        _plan[number - 1] = _plan[number - 1].MarkedDone(on, note);
        Raise(new PlanItemDone(on, UnitId, number));
        return CommandResult.Ok;
    }

    /// <summary>
    /// Removes the done mark of a plan item of an approved programme: a mark put by mistake, or on the wrong item. The
    /// item is due again; K4 counts it as not done from then on.
    /// </summary>
    /// <param name="number">The item's number in <see cref="Plan"/>, from 1.</param>
    /// <param name="on">The date of the correction.</param>
    /// <returns>Accepted, or a rejection.</returns>
    public CommandResult RemoveDoneMark(int number, LocalDate on)
    {
        var violation = ProgramStatusRule.Check(this, ProgramStatusRule.NotApproved, ProgramStatus.Approved) ?? PlanItemRule.CheckUnmark(this, number);
        if (violation is not null)
        {
            return CommandResult.Refused(violation);
        }

        _plan[number - 1] = _plan[number - 1].WithoutDoneMark();
        Raise(new PlanItemDoneMarkRemoved(on, UnitId, number));
        return CommandResult.Ok;
    }

    /// <summary>
    /// Completes an approved programme with an evaluation dated on or after the last day of its period
    /// (<see cref="CompletionRule.BeforePeriodEnd"/>); a programme whose unit ends early is <see cref="Close"/>d instead.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>Accepted, or a rejection.</returns>
    public CommandResult Complete(ProgramEvaluation evaluation)
    {
        Guard.Against.Null(evaluation);
        if ((ProgramStatusRule.Check(this, ProgramStatusRule.NotApproved, ProgramStatus.Approved)
            ?? CompletionRule.CheckPeriodEnd(Period, evaluation.CompletedOn, UnitId.Value)) is { } violation)
        {
            return CommandResult.Refused(violation);
        }

        Evaluation = evaluation;
        Status = ProgramStatus.Completed;
        Raise(new ProgramCompleted(evaluation.CompletedOn, UnitId, evaluation.Outcome));
        return CommandResult.Ok;
    }

    /// <summary>Closes a draft or approved programme without completion, when its pair or group ended early.</summary>
    /// <param name="on">The date.</param>
    /// <returns>Accepted, or a rejection.</returns>
    public CommandResult Close(LocalDate on)
    {
        if (ProgramStatusRule.Check(this, ProgramStatusRule.NotOpen, ProgramStatus.Draft, ProgramStatus.Approved) is { } violation)
        {
            return CommandResult.Refused(violation);
        }

        ClosedOn = on;
        Status = ProgramStatus.Closed;
        Raise(new ProgramClosed(on, UnitId));
        return CommandResult.Ok;
    }

    /// <summary>
    /// Erases what the programme holds about a mentee who withdrew consent to personal-data processing: their
    /// diagnosis and identifier go; the count of erased mentees stays. A person the programme does not name is accepted
    /// with nothing to do. Plan items name roles, not people, and stay.
    /// </summary>
    /// <param name="mentee">The mentee.</param>
    /// <param name="on">The date of withdrawal.</param>
    /// <returns>Accepted.</returns>
    public CommandResult EraseMentee(EducatorId mentee, LocalDate on)
    {
        if (!_mentees.Remove(mentee))
        {
            return CommandResult.Ok;
        }

        _diagnoses.RemoveAll(d => d.Mentee == mentee);
        ErasedMentees++;
        Raise(new ProgramMenteeErased(on, UnitId));
        return CommandResult.Ok;
    }

    /// <summary>How much of the plan is done by a date (K4).</summary>
    /// <param name="on">The date.</param>
    /// <returns>Items due by the date and, of those, done.</returns>
    public PlanExecution ExecutionOn(LocalDate on)
    {
        var due = _plan.Where(i => i.Date <= on).ToArray();
        return new PlanExecution(due.Length, due.Count(i => i.IsDone));
    }

    /// <summary>The stored form of the programme.</summary>
    /// <returns>The snapshot.</returns>
    public PersonalizedProgramSnapshot ToSnapshot() => new(
        UnitId.Value,
        OrganizationId.Value,
        Period.Start,
        Period.End,
        Form,
        PeriodWarningAcknowledged,
        _mentees.Select(m => m.Value).ToArray(),
        _diagnoses.Select(d => new MenteeDiagnosisSnapshot(d.Mentee.Value, d.Difficulties.ToArray(), d.Strengths.ToArray(), d.Request)).ToArray(),
        Goal,
        _tasks.ToArray(),
        _plan.Select(i => new PlanItemSnapshot(i.Direction, i.Activity, i.Form, i.Date, i.Responsible, i.ExpectedProduct, i.Stage, i.DoneOn, i.DoneNote)).ToArray(),
        _expectedResults.ToArray(),
        _reportingForms.ToArray(),
        Status,
        DraftedOn,
        ApprovedOn,
        Evaluation is { } e ? new ProgramEvaluationSnapshot(e.CompletedOn, e.Outcome, e.Conclusions, e.Recommendations) : null,
        ClosedOn,
        ErasedMentees);

    /// <summary>Restores a programme from its stored form, checking its content and status; raises no events.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The programme.</returns>
    /// <exception cref="ArgumentException">The snapshot holds invalid values or breaks a rule.</exception>
    public static PersonalizedProgram FromSnapshot(PersonalizedProgramSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        SnapshotSchema.Check(snapshot.SchemaVersion, "PersonalizedProgram.SchemaVersion");
        var program = new PersonalizedProgram(
            MentoringUnitId.From(snapshot.UnitId),
            OrganizationId.From(snapshot.OrganizationId),
            new DateInterval(SnapshotSchema.Date(snapshot.PeriodStart, "PersonalizedProgram.PeriodStart"), SnapshotSchema.Date(snapshot.PeriodEnd, "PersonalizedProgram.PeriodEnd")),
            Guard.Against.EnumOutOfRange(snapshot.Form, nameof(snapshot)),
            snapshot.PeriodWarningAcknowledged,
            Guard.Against.Null(snapshot.Mentees, nameof(snapshot)).Select(EducatorId.From),
            SnapshotSchema.Date(snapshot.DraftedOn, "PersonalizedProgram.DraftedOn"));
        var draft = new ProgramDraft(
            Guard.Against.Null(snapshot.Diagnoses, nameof(snapshot)).Select(d => new MenteeDiagnosis(EducatorId.From(d.Mentee), d.Difficulties, d.Strengths, d.Request)).ToArray(),
            snapshot.Goal,
            snapshot.Tasks,
            Guard.Against.Null(snapshot.Plan, nameof(snapshot))
                .Select(i => new PlanItem(
                    i.Direction, i.Activity, i.Form, SnapshotSchema.Date(i.Date, "PlanItem.Date"), i.Responsible, i.ExpectedProduct, i.Stage, SnapshotSchema.Date(i.DoneOn, "PlanItem.DoneOn"), i.DoneNote))
                .ToArray(),
            snapshot.ExpectedResults,
            snapshot.ReportingForms);
        var violations = ProgramContentRule.Check(draft, program._mentees, program.Period, snapshot.UnitId);
        var status = Guard.Against.EnumOutOfRange(snapshot.Status, nameof(snapshot));
        var consistent = status switch
        {
            ProgramStatus.Draft => snapshot.Evaluation is null && snapshot.ClosedOn is null,
            ProgramStatus.Approved => snapshot.ApprovedOn is not null && snapshot.Evaluation is null && snapshot.ClosedOn is null,
            ProgramStatus.Completed => snapshot.ApprovedOn is not null && snapshot.Evaluation is not null && snapshot.ClosedOn is null,
            _ => snapshot.Evaluation is null && snapshot.ClosedOn is not null,
        };

        // A programme whose only mentee was erased keeps its plan without a diagnosis; nothing else may be missing.
        if (violations.Any(v => v.Code != ProgramContentRule.DiagnosisMissing || program._mentees.Count > 0) || !consistent || snapshot.ErasedMentees < 0)
        {
            throw new ArgumentException($"The programme of {snapshot.UnitId} in the snapshot breaks a rule or its status.", nameof(snapshot));
        }

        program._diagnoses.AddRange(draft.Diagnoses);
        program.Goal = draft.Goal.Trim();
        program._tasks.AddRange(draft.Tasks);
        program._plan.AddRange(draft.Plan);
        program._expectedResults.AddRange(draft.ExpectedResults);
        program._reportingForms.AddRange(draft.ReportingForms);
        program.Status = status;
        program.ApprovedOn = SnapshotSchema.Date(snapshot.ApprovedOn, "PersonalizedProgram.ApprovedOn");
        program.Evaluation = snapshot.Evaluation is { } e
            ? new ProgramEvaluation(SnapshotSchema.Date(e.CompletedOn, "ProgramEvaluation.CompletedOn"), e.Outcome, e.Conclusions, e.Recommendations)
            : null;
        program.ClosedOn = SnapshotSchema.Date(snapshot.ClosedOn, "PersonalizedProgram.ClosedOn");
        program.ErasedMentees = snapshot.ErasedMentees;
        return program;
    }

    /// <inheritdoc />
    public override string ToString() => $"PersonalizedProgram {UnitId} ({Status}, {_plan.Count} plan items)";

    private void SetContent(ProgramDraft draft)
    {
        _diagnoses.Clear();
        _diagnoses.AddRange(draft.Diagnoses);
        Goal = draft.Goal.Trim();
        _tasks.Clear();
        _tasks.AddRange(draft.Tasks.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()));
        _plan.Clear();
        foreach (var item in draft.Plan)
        {
            InsertInOrder(item);
        }

        _expectedResults.Clear();
        _expectedResults.AddRange(draft.ExpectedResults.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()));
        _reportingForms.Clear();
        _reportingForms.AddRange(draft.ReportingForms.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()));
    }

    private int InsertInOrder(PlanItem item)
    {
        var index = _plan.FindLastIndex(i => i.Date <= item.Date) + 1;
        _plan.Insert(index, item);
        return index;
    }
}
