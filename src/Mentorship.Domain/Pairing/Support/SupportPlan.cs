using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Common;
using Mentorship.Domain.Pairing.Events;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Support;

/// <summary>
/// The psychological and pedagogical support of a mentee left without a pair or group (roadmap item 2.4), with the
/// continued search for a mentor: measures with done marks, the runs of the search, and the end of the plan when a
/// mentor is found.
/// </summary>
/// <remarks>
/// The plan belongs to one person: when they withdraw consent to personal-data processing the host deletes it (the
/// banks' <c>PersonalDataErased</c> and the register's <see cref="ParticipantErased"/> events say when). Not
/// thread-safe.
/// </remarks>
public sealed class SupportPlan : AggregateRoot
{
    private readonly List<SupportMeasure> _measures = [];
    private readonly List<SearchAttempt> _searches = [];

    private SupportPlan(EducatorId mentee, OrganizationId organizationId, int year, LocalDate openedOn, UnpairedCause cause)
    {
        Mentee = mentee;
        OrganizationId = organizationId;
        Year = year;
        OpenedOn = openedOn;
        Cause = cause;
        Status = SupportPlanStatus.Open;
    }

    /// <summary>The mentee.</summary>
    public EducatorId Mentee { get; }

    /// <summary>The organisation.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The date the plan was opened.</summary>
    public LocalDate OpenedOn { get; }

    /// <summary>Why the mentee is without a pair.</summary>
    public UnpairedCause Cause { get; }

    /// <summary>The measures, in date order.</summary>
    public IReadOnlyList<SupportMeasure> Measures => _measures;

    /// <summary>The runs of the continued search, oldest first.</summary>
    public IReadOnlyList<SearchAttempt> Searches => _searches;

    /// <summary>The status.</summary>
    public SupportPlanStatus Status { get; private set; }

    /// <summary>The date the plan was closed, once closed.</summary>
    public LocalDate? ClosedOn { get; private set; }

    /// <summary>The pair or group found, if any.</summary>
    public MentoringUnitId? Unit { get; private set; }

    /// <summary>Opens a plan with the measures given.</summary>
    /// <param name="mentee">The mentee.</param>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="year">The year.</param>
    /// <param name="openedOn">The date.</param>
    /// <param name="cause">Why the mentee is without a pair.</param>
    /// <param name="measures">At least one measure, none before <paramref name="openedOn"/>.</param>
    /// <returns>The plan, or a rejection.</returns>
    public static Outcome<SupportPlan> Open(
        EducatorId mentee, OrganizationId organizationId, int year, LocalDate openedOn, UnpairedCause cause, IEnumerable<SupportMeasure> measures)
    {
        Guard.Against.Default(mentee);
        Guard.Against.Default(organizationId);
        Guard.Against.OutOfRange(year, nameof(year), 1990, 2200);
        Guard.Against.EnumOutOfRange(cause);
        var list = Guard.Against.Null(measures).Select(m => Guard.Against.Null(m, nameof(measures))).ToArray();
        var violations = new List<RuleViolation>();
        if (list.Length == 0)
        {
            violations.Add(RuleViolation.Create(nameof(SupportPlanRule), SupportPlanRule.NoMeasures, mentee.Value));
        }

        violations.AddRange(list.Select(m => SupportPlanRule.CheckDate(m, openedOn, mentee.Value)).OfType<RuleViolation>());
        if (violations.Count > 0)
        {
            return new Rejection(violations);
        }

        var plan = new SupportPlan(mentee, organizationId, year, openedOn, cause);
        plan._measures.AddRange(list.OrderBy(m => m.Date));
        plan.Raise(new SupportPlanOpened(openedOn, mentee));
        return plan;
    }

    /// <summary>
    /// Opens a plan with the standard measures on working days: a consultation of the psychologist 3 working days after
    /// opening, attachment to the methodological association after 5, a consultation of the coordinator after 10, and
    /// from the next month a review of the continued search on the first working day of every month, all inside the
    /// horizon.
    /// </summary>
    /// <param name="mentee">The mentee.</param>
    /// <param name="organizationId">The organisation.</param>
    /// <param name="year">The year.</param>
    /// <param name="openedOn">The date.</param>
    /// <param name="cause">Why the mentee is without a pair.</param>
    /// <param name="horizon">The days the plan may use, e.g. the rest of the school year.</param>
    /// <param name="calendar">The working-day calendar.</param>
    /// <returns>The plan, or a rejection when no measure fits the horizon.</returns>
    /// <exception cref="UnknownProductionYearException">The calendar does not know a year of the horizon.</exception>
    public static Outcome<SupportPlan> OpenStandard(
        EducatorId mentee, OrganizationId organizationId, int year, LocalDate openedOn, UnpairedCause cause, DateInterval horizon, IWorkingDayCalendar calendar)
    {
        Guard.Against.Null(horizon);
        Guard.Against.Null(calendar);
        var measures = new List<SupportMeasure>
        {
            new(
                "Консультация педагога-психолога: адаптация, профилактика профессиональных затруднений и выгорания", "индивидуальная консультация",
                calendar.AddWorkingDays(openedOn, 3), SupportRole.Psychologist),
            new(
                "Закрепление за методическим объединением: участие в заседаниях, посещение открытых занятий коллег", "заседание методического объединения",
                calendar.AddWorkingDays(openedOn, 5), SupportRole.MethodologicalAssociation),
            new(
                "Консультация куратора по профессиональному запросу, подбор методических материалов", "индивидуальная консультация",
                calendar.AddWorkingDays(openedOn, 10), SupportRole.Coordinator),
        };
        for (var month = new LocalDate(openedOn.Year, openedOn.Month, 1).PlusMonths(1); month <= horizon.End; month = month.PlusMonths(1))
        {
            measures.Add(new SupportMeasure(
                "Продолжение поиска наставника: анализ банка наставников и свободных мест, повторный подбор", "повторный подбор",
                calendar.NextWorkingDayOnOrAfter(month), SupportRole.Coordinator, isSearch: true));
        }

        return Open(mentee, organizationId, year, openedOn, cause, measures.Where(m => horizon.Contains(m.Date)));
    }

    /// <summary>Adds a measure to an open plan.</summary>
    /// <param name="measure">The measure, not before the plan opened.</param>
    /// <returns>Accepted, or a rejection.</returns>
    public CommandResult AddMeasure(SupportMeasure measure)
    {
        Guard.Against.Null(measure);
        if ((CheckOpen() ?? SupportPlanRule.CheckDate(measure, OpenedOn, Mentee.Value)) is { } violation)
        {
            return CommandResult.Refused(violation);
        }

        var index = _measures.FindLastIndex(m => m.Date <= measure.Date) + 1;
        _measures.Insert(index, measure);
        return CommandResult.Ok;
    }

    /// <summary>Puts the done mark on a measure of an open plan.</summary>
    /// <param name="number">The measure's number in <see cref="Measures"/>, from 1.</param>
    /// <param name="on">The date it was done.</param>
    /// <returns>Accepted, or a rejection.</returns>
    public CommandResult MarkDone(int number, LocalDate on)
    {
        if (CheckOpen() is { } closed)
        {
            return CommandResult.Refused(closed);
        }

        if (number < 1 || number > _measures.Count || _measures[number - 1].DoneOn is not null)
        {
            return CommandResult.Refused(RuleViolation.Create(
                nameof(SupportPlanRule), SupportPlanRule.UnknownOrDoneMeasure, Mentee.Value, ViolationArgument.Number("number", number)));
        }

        _measures[number - 1] = _measures[number - 1].MarkedDone(on);
        Raise(new SupportMeasureDone(on, Mentee, number));
        return CommandResult.Ok;
    }

    /// <summary>Records a run of the continued search (see <see cref="ContinuedSearch"/>).</summary>
    /// <param name="attempt">The run.</param>
    /// <returns>Accepted, or a rejection when the plan is not open.</returns>
    public CommandResult RecordSearch(SearchAttempt attempt)
    {
        Guard.Against.Null(attempt);
        if (CheckOpen() is { } closed)
        {
            return CommandResult.Refused(closed);
        }

        _searches.Add(attempt);
        Raise(new SearchRecorded(attempt.On, Mentee, attempt.Found));
        return CommandResult.Ok;
    }

    /// <summary>Ends the plan because the mentee got a pair or group.</summary>
    /// <param name="unit">The pair or group.</param>
    /// <param name="on">The date.</param>
    /// <returns>Accepted, or a rejection when the plan is not open.</returns>
    public CommandResult PairFound(MentoringUnitId unit, LocalDate on)
    {
        Guard.Against.Default(unit);
        return End(SupportPlanStatus.PairFound, on, unit);
    }

    /// <summary>Ends the plan for another reason (the mentee left the bank or the organisation).</summary>
    /// <param name="on">The date.</param>
    /// <returns>Accepted, or a rejection when the plan is not open.</returns>
    public CommandResult Close(LocalDate on) => End(SupportPlanStatus.Closed, on, null);

    /// <summary>The stored form of the plan.</summary>
    /// <returns>The snapshot.</returns>
    public SupportPlanSnapshot ToSnapshot() => new(
        Mentee.Value,
        OrganizationId.Value,
        Year,
        OpenedOn,
        Cause,
        _measures.Select(m => new SupportMeasureSnapshot(m.Activity, m.Form, m.Date, m.Role, m.IsSearch, m.DoneOn)).ToArray(),
        _searches.ToArray(),
        Status,
        ClosedOn,
        Unit?.Value);

    /// <summary>Restores a plan from its stored form; raises no events.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="System.ArgumentException">The snapshot holds invalid values or breaks a rule.</exception>
    public static SupportPlan FromSnapshot(SupportPlanSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        SnapshotSchema.Check(snapshot.SchemaVersion, "SupportPlan.SchemaVersion");
        var opened = Open(
            EducatorId.From(snapshot.Mentee),
            OrganizationId.From(snapshot.OrganizationId),
            snapshot.Year,
            SnapshotSchema.Date(snapshot.OpenedOn, "SupportPlan.OpenedOn"),
            snapshot.Cause,
            Guard.Against.Null(snapshot.Measures, nameof(snapshot)).Select(m => new SupportMeasure(
                m.Activity, m.Form, SnapshotSchema.Date(m.Date, "SupportMeasure.Date"), m.Role, m.IsSearch, SnapshotSchema.Date(m.DoneOn, "SupportMeasure.DoneOn"))));
        var status = Guard.Against.EnumOutOfRange(snapshot.Status, nameof(snapshot));
        var consistent = status switch
        {
            SupportPlanStatus.Open => snapshot.ClosedOn is null && snapshot.Unit is null,
            SupportPlanStatus.PairFound => snapshot.ClosedOn is not null && snapshot.Unit is not null,
            _ => snapshot.ClosedOn is not null && snapshot.Unit is null,
        };
        if (!opened.IsAccepted || !consistent)
        {
            throw new System.ArgumentException($"The support plan of {snapshot.Mentee} in the snapshot breaks a rule or its status.", nameof(snapshot));
        }

        var plan = opened.Value;
        plan.DequeueEvents();
        plan._searches.AddRange(Guard.Against.Null(snapshot.Searches, nameof(snapshot))
            .Select(a => Guard.Against.Null(a, nameof(snapshot)) with { On = SnapshotSchema.Date(a.On, "SearchAttempt.On") }));
        plan.Status = status;
        plan.ClosedOn = SnapshotSchema.Date(snapshot.ClosedOn, "SupportPlan.ClosedOn");
        plan.Unit = snapshot.Unit is { } u ? MentoringUnitId.From(u) : null;
        return plan;
    }

    /// <inheritdoc />
    public override string ToString() => $"SupportPlan {Mentee} ({Status}, {_measures.Count} measures)";

    private RuleViolation? CheckOpen() =>
        Status == SupportPlanStatus.Open
            ? null
            : RuleViolation.Create(nameof(SupportPlanRule), SupportPlanRule.NotOpen, Mentee.Value, ViolationArgument.Term("status", Status));

    private CommandResult End(SupportPlanStatus status, LocalDate on, MentoringUnitId? unit)
    {
        if (CheckOpen() is { } closed)
        {
            return CommandResult.Refused(closed);
        }

        Status = status;
        ClosedOn = on;
        Unit = unit;
        Raise(new SupportPlanClosed(on, Mentee, status));
        return CommandResult.Ok;
    }
}
