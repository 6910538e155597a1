using System;
using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using Mentorship.Domain.Roadmap;
using NodaTime;

namespace Mentorship.Domain.Monitoring.LocalActs;

/// <summary>
/// An institution's register of its local acts for mentorship (the deliverables of roadmap activity 1.1 and the other
/// acts monitoring forms ask for): what was adopted, when, where it is published, and while it is in force. The orders
/// fixing pairs and groups that the pairing register issued join its lists and checklist by themselves (they are
/// passed in, not copied: the pairing register stays their only record). Registering an act marks the roadmap's work
/// item for its kind done (<see cref="ApplyTo"/>).
/// </summary>
/// <remarks>Not thread-safe: a host serialises the commands sent to one register.</remarks>
public sealed class LocalActRegister : AggregateRoot
{
    /// <summary>The longest title, number, link or file reference accepted, in characters.</summary>
    public const int MaxTextLength = 1000;

    private const string FixingOrderTitle = "О закреплении наставнических пар (групп)";

    private readonly List<LocalAct> _acts = [];

    private LocalActRegister(OrganizationId organizationId)
    {
        Guard.Against.Default(organizationId);
        OrganizationId = organizationId;
    }

    /// <summary>The organisation.</summary>
    public OrganizationId OrganizationId { get; }

    /// <summary>The acts registered here, in the order registered (without the pairing register's orders).</summary>
    public IReadOnlyList<LocalAct> Acts => _acts;

    /// <summary>Opens an empty register.</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentException">The identifier is the default value.</exception>
    public static LocalActRegister Open(OrganizationId organizationId) => new(organizationId);

    /// <summary>
    /// Registers an act: an order has its number (<see cref="LocalActNumberRule"/>), it is in force from its adoption on
    /// (<see cref="LocalActPeriodRule"/>), a link is a web address and the website section has one
    /// (<see cref="LocalActLinkRule"/>), and the same act is not registered twice (<see cref="LocalActDuplicateRule"/>).
    /// </summary>
    /// <param name="draft">The act.</param>
    /// <returns>The act registered, or a rejection naming every broken rule.</returns>
    /// <exception cref="ArgumentNullException">The draft is null.</exception>
    /// <exception cref="ArgumentException">The kind is unknown, the title blank, or a text longer than <see cref="MaxTextLength"/>.</exception>
    public Outcome<LocalAct> Register(LocalActDraft draft)
    {
        Guard.Against.Null(draft);
        Guard.Against.EnumOutOfRange(draft.Kind, nameof(draft));
        Guard.Against.NullOrWhiteSpace(draft.Title, nameof(draft));
        foreach (var text in new[] { draft.Title, draft.Number, draft.Link, draft.FileReference })
        {
            if (text is not null && text.Trim().Length > MaxTextLength)
            {
                throw new ArgumentException($"A text of the act is longer than {MaxTextLength} characters.", nameof(draft));
            }
        }

        var violations = new List<RuleViolation>();
        violations.AddIfPresent(LocalActNumberRule.Check(draft));
        violations.AddRange(LocalActPeriodRule.Check(draft));
        violations.AddIfPresent(LocalActLinkRule.Check(draft));
        violations.AddIfPresent(LocalActDuplicateRule.Check(draft, _acts));
        if (violations.Count > 0)
        {
            return new Rejection(violations);
        }

        var act = new LocalAct(
            _acts.Count == 0 ? 1 : _acts.Max(a => a.Id) + 1,
            draft.Kind,
            LocalActDuplicateRule.Normalize(draft.Number),
            draft.Date,
            draft.Title.Trim(),
            Blank(draft.Link),
            Blank(draft.FileReference),
            draft.InForceFrom ?? draft.Date,
            draft.InForceThrough);
        _acts.Add(act);
        Raise(new LocalActRegistered(act.Date, OrganizationId, act.Id, act.Kind));
        return act;
    }

    /// <summary>Ends an act's force: its last day in force becomes <paramref name="lastDay"/> (<see cref="LocalActRepealRule"/>).</summary>
    /// <param name="actId">The act's identifier.</param>
    /// <param name="lastDay">The last day it is in force.</param>
    /// <returns>Accepted, or a rejection.</returns>
    public CommandResult Repeal(int actId, LocalDate lastDay)
    {
        var index = _acts.FindIndex(a => a.Id == actId);
        var act = index < 0 ? null : _acts[index];
        if (LocalActRepealRule.Check(act, actId, lastDay) is { } violation)
        {
            return new Rejection([violation]);
        }

        _acts[index] = new LocalAct(act!.Id, act.Kind, act.Number, act.Date, act.Title, act.Link, act.FileReference, act.InForceFrom, lastDay);
        Raise(new LocalActRepealed(lastDay, OrganizationId, actId));
        return CommandResult.Ok;
    }

    /// <summary>The act with an identifier, or <see langword="null"/>.</summary>
    /// <param name="actId">The identifier.</param>
    /// <returns>The act, or <see langword="null"/>.</returns>
    public LocalAct? Find(int actId) => _acts.Find(a => a.Id == actId);

    /// <summary>
    /// Every act: those registered here, then the fixing orders (<see cref="OrderKind.FixingUnits"/>) among
    /// <paramref name="orders"/> that are not registered here already (same number and date), in force from their
    /// date, titled «О закреплении наставнических пар (групп)», with the requisites as their reference.
    /// </summary>
    /// <param name="orders">The orders of the organisation's pairing registers (<see cref="PairingRegister.Orders"/>); optional.</param>
    /// <returns>The acts.</returns>
    public IReadOnlyList<LocalAct> AllActs(IEnumerable<AdministrativeOrder>? orders = null)
    {
        var fixing = new List<OrderReference>();
        foreach (var order in orders ?? [])
        {
            Guard.Against.Null(order, nameof(orders));
            if (order.Kind == OrderKind.FixingUnits)
            {
                fixing.Add(order.Reference);
            }
        }

        return WithFixingOrders(fixing);
    }

    /// <summary>
    /// The checklist on a date with fixing orders given by their references (as the monitoring facts of fixed units
    /// holds them): what a monitoring report prints when it has the facts but not the pairing register.
    /// </summary>
    internal IReadOnlyList<LocalActCheck> Checklist(LocalDate on, IEnumerable<OrderReference> fixingOrders) => ChecklistOf(WithFixingOrders(fixingOrders), on);

    private List<LocalAct> WithFixingOrders(IEnumerable<OrderReference> fixingOrders)
    {
        var all = new List<LocalAct>(_acts);
        foreach (var order in fixingOrders)
        {
            if (all.Exists(a => a.Kind == LocalActKind.FixingOrder && a.Date == order.Date && a.Number == order.Number))
            {
                continue;
            }

            all.Add(new LocalAct(0, LocalActKind.FixingOrder, order.Number, order.Date, FixingOrderTitle, null, null, order.Date, null, fromPairingRegister: true));
        }

        return all;
    }

    /// <summary>
    /// Whether an act is a school year's own (a fixing order, the approval of that year's personalized programmes) and
    /// was issued before a work item's window: last year's order does not fix this year's pairs.
    /// </summary>
    private static bool IsForAnEarlierYear(LocalAct act, WorkItem item) =>
        act.Kind is LocalActKind.FixingOrder or LocalActKind.PersonalizedPrograms && act.Date < item.Window.Start;

    /// <summary>
    /// The checklist a monitoring form opens with: one line per kind (<see cref="LocalActCatalog.Kinds"/>) with the acts
    /// in force on the date, latest first, the pairing register's fixing orders included.
    /// </summary>
    /// <param name="on">The date.</param>
    /// <param name="orders">The orders of the organisation's pairing registers; optional.</param>
    /// <returns>The lines, in the catalogue's order.</returns>
    public IReadOnlyList<LocalActCheck> Checklist(LocalDate on, IEnumerable<AdministrativeOrder>? orders = null) => ChecklistOf(AllActs(orders), on);

    private static LocalActCheck[] ChecklistOf(IEnumerable<LocalAct> acts, LocalDate on)
    {
        var inForce = acts.Where(a => a.IsInForceOn(on)).ToArray();
        return LocalActCatalog.Kinds
            .Select(kind => new LocalActCheck(
                kind,
                LocalActCatalog.Title(kind),
                inForce.Where(a => a.Kind == kind).OrderByDescending(a => a.Date).ThenByDescending(a => a.Id).ToArray()))
            .ToArray();
    }

    /// <summary>
    /// Marks done the work items of a roadmap schedule whose deliverable is a local act
    /// (<see cref="LocalActCatalog.KindOfDeliverable"/>) when an act of that kind is registered (or, for fixing
    /// orders, issued) and in force on some day from the item's window start on: done on the act's date, or on the
    /// window's first day when the act was already in force then (an act adopted in an earlier year serves a yearly
    /// roadmap that lists it again, except a school year's own acts: a fixing order or the approval of the
    /// personalized programmes serves only the windows that open by its date). Items already marked done keep their date.
    /// </summary>
    /// <param name="schedule">The schedule.</param>
    /// <param name="progress">What has been done so far.</param>
    /// <param name="orders">The orders of the organisation's pairing registers; optional.</param>
    /// <returns>The progress with those items done.</returns>
    /// <exception cref="ArgumentNullException">The schedule or the progress is null.</exception>
    public RoadmapProgress ApplyTo(RoadmapSchedule schedule, RoadmapProgress progress, IEnumerable<AdministrativeOrder>? orders = null)
    {
        Guard.Against.Null(schedule);
        Guard.Against.Null(progress);
        var acts = AllActs(orders);
        foreach (var item in schedule.Items)
        {
            if (progress.DoneOn(item.Id) is not null || LocalActCatalog.KindOfDeliverable(item.Deliverable?.Title) is not { } kind)
            {
                continue;
            }

            LocalDate? doneOn = null;
            foreach (var act in acts)
            {
                if (act.Kind != kind || act.InForceThrough is { } through && through < item.Window.Start || IsForAnEarlierYear(act, item))
                {
                    continue;
                }

                var day = act.Date > item.Window.Start ? act.Date : item.Window.Start;
                if (doneOn is null || day < doneOn)
                {
                    doneOn = day;
                }
            }

            if (doneOn is { } on)
            {
                progress = progress.WithDone(item.Id, on);
            }
        }

        return progress;
    }

    /// <summary>The stored form of the register.</summary>
    /// <returns>The snapshot.</returns>
    public LocalActRegisterSnapshot ToSnapshot() => new(OrganizationId.Value, _acts.Select(a => a.ToSnapshot()).ToArray());

    /// <summary>Restores a register from its stored form; raises no events. Every act is checked by the same rules.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentException">
    /// The schema version is unknown, a date is the default 0001-01-01, an identifier is below 1 or repeats, or an act
    /// breaks a rule of the register.
    /// </exception>
    public static LocalActRegister FromSnapshot(LocalActRegisterSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        SnapshotSchema.Check(snapshot.SchemaVersion, "LocalActRegister.SchemaVersion");
        var register = new LocalActRegister(OrganizationId.From(snapshot.OrganizationId));
        foreach (var s in Guard.Against.Null(snapshot.Acts, nameof(snapshot)))
        {
            Guard.Against.Null(s, nameof(snapshot));
            if (s.Id < 1 || register._acts.Exists(a => a.Id == s.Id))
            {
                throw new ArgumentException("Invalid snapshot: an act's identifier is below 1 or repeats.", nameof(snapshot));
            }

            var draft = new LocalActDraft(
                s.Kind,
                s.Number,
                SnapshotSchema.Date(s.Date, "LocalAct.Date"),
                s.Title,
                s.Link,
                s.FileReference,
                SnapshotSchema.Date(s.InForceFrom, "LocalAct.InForceFrom"),
                SnapshotSchema.Date(s.InForceThrough, "LocalAct.InForceThrough"));
            var outcome = register.Register(draft);
            if (!outcome.IsAccepted)
            {
                throw new ArgumentException("Invalid snapshot: " + string.Join("; ", outcome.Rejection.Violations.Select(v => v.Code)), nameof(snapshot));
            }

            var act = outcome.Value;
            register._acts[register._acts.Count - 1] = new LocalAct(s.Id, act.Kind, act.Number, act.Date, act.Title, act.Link, act.FileReference, act.InForceFrom, act.InForceThrough);
        }

        register.DequeueEvents();
        return register;
    }

    /// <inheritdoc />
    public override string ToString() => $"LocalActRegister {OrganizationId} ({_acts.Count} acts)";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
}
