using Mentorship.Domain.Roadmap;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;
using NodaTime;

namespace Mentorship.WebHost.Application;

/// <summary>
/// The year's roadmap: import the table (all or nothing, errors by line), the schedule on the Russian production
/// calendar with statuses, the agenda, K12, and work recorded done.
/// </summary>
public sealed class RoadmapService(AggregateStore store, OrganizationService organizations, HostClock clock)
{
    private static readonly RoadmapScheduler Scheduler = new(HostCalendar.Instance);

    public const int MaxAgendaDays = 366;

    public async Task<HostOutcome<RoadmapView>> GetAsync(YearKey key, LocalDate? asOf, CancellationToken cancellationToken)
    {
        if (await store.ReadAsync(AggregateKinds.Roadmap, key, cancellationToken) is not { } found)
        {
            return NotFound(key);
        }

        return HostOutcome<RoadmapView>.Ok(View(key, found.Aggregate, found.Version, asOf ?? clock.Today), found.Version);
    }

    public async Task<HostOutcome<AgendaView>> AgendaAsync(YearKey key, LocalDate? from, int? days, CancellationToken cancellationToken)
    {
        if (days is < 1 or > MaxAgendaDays)
        {
            var errors = new InputErrors();
            errors.Add("days", $"Повестка — от 1 до {MaxAgendaDays} дней.");
            return HostFailure.Invalid(errors);
        }

        if (await store.ReadAsync(AggregateKinds.Roadmap, key, cancellationToken) is not { } found)
        {
            return NotFound(key);
        }

        var start = from ?? clock.Today;
        var schedule = Scheduler.Schedule(found.Aggregate.Roadmap, key.Year);
        var progress = found.Aggregate.Progress;
        var entries = schedule.Agenda(progress, start, days ?? 30)
            .Select(e => new AgendaEntryView(WorkItemView.Of(e.Item, e.Status, progress), e.StartsInPeriod, e.DueInPeriod))
            .ToArray();
        return HostOutcome<AgendaView>.Ok(
            new AgendaView(key.OrganizationId.Value, key.Year, found.Version, start, days ?? 30, entries, ExecutionView.Of(schedule.Execution(progress, start))),
            found.Version);
    }

    /// <summary>Imports the year's roadmap table, or replaces it (what was recorded done stays).</summary>
    public async Task<HostOutcome<RoadmapView>> ImportAsync(YearKey key, RoadmapInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        if (errors.Required(input.Table, "table") is not { } table)
        {
            return HostFailure.Invalid(errors);
        }

        var imported = RoadmapTableImporter.Import(table);
        if (!imported.IsSuccess)
        {
            foreach (var error in imported.Failure.Errors)
            {
                errors.Add("table", $"строка {error.LineNumber}: {error.Message} ({error.Code})");
            }

            return HostFailure.Invalid(errors);
        }

        var stored = await store.FindAsync(AggregateKinds.Roadmap, key, cancellationToken);
        if (stored is null)
        {
            if (await organizations.FindAsync(key.OrganizationId.Value, cancellationToken) is null)
            {
                return HostFailure.NotFound($"Организации «{key.OrganizationId}» нет.");
            }

            var roadmap = new YearRoadmap(imported.Roadmap, RoadmapProgress.Empty);
            store.Add(AggregateKinds.Roadmap, key, roadmap);
            return await SaveAsync(key, roadmap, 1, created: true, cancellationToken);
        }

        if (Stale(stored.Version, expectedVersion, key) is { } conflict)
        {
            return conflict;
        }

        stored.Aggregate.Replace(imported.Roadmap);
        store.Update(stored);
        return await SaveAsync(key, stored.Aggregate, stored.Version, created: false, cancellationToken);
    }

    public async Task<HostOutcome<RoadmapView>> RecordDoneAsync(YearKey key, CompletionInput input, int? expectedVersion, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        if (errors.Required(input.WorkItemId, "workItemId") is not { } id)
        {
            return HostFailure.Invalid(errors);
        }

        var stored = await store.FindAsync(AggregateKinds.Roadmap, key, cancellationToken);
        if (stored is null)
        {
            return NotFound(key);
        }

        if (Stale(stored.Version, expectedVersion, key) is { } conflict)
        {
            return conflict;
        }

        if (Scheduler.Schedule(stored.Aggregate.Roadmap, key.Year).Find(id.Trim()) is null)
        {
            return HostFailure.NotFound($"В дорожной карте {key} нет дела «{id.Trim()}» в {key.Year} году.");
        }

        stored.Aggregate.RecordDone(id.Trim(), input.On ?? clock.Today);
        store.Update(stored);
        return await SaveAsync(key, stored.Aggregate, stored.Version, created: false, cancellationToken);
    }

    private static HostFailure NotFound(YearKey key) => HostFailure.NotFound($"Дорожной карты {key} нет: сначала импортируйте её таблицу.");

    private static HostFailure? Stale(int version, int? expected, YearKey key) =>
        expected is { } e && e != version
            ? HostFailure.Stale(AggregateKinds.Roadmap.Name, key, version, e)
            : null;

    private async Task<HostOutcome<RoadmapView>> SaveAsync(YearKey key, YearRoadmap roadmap, int version, bool created, CancellationToken cancellationToken)
    {
        try
        {
            await store.SaveAsync(cancellationToken);
        }
        catch (ConcurrencyConflictException e)
        {
            return HostFailure.Conflict(e.Message);
        }

        var view = View(key, roadmap, version, clock.Today);
        return created ? HostOutcome<RoadmapView>.New(view, version) : HostOutcome<RoadmapView>.Ok(view, version);
    }

    private static RoadmapView View(YearKey key, YearRoadmap roadmap, int version, LocalDate asOf)
    {
        var schedule = Scheduler.Schedule(roadmap.Roadmap, key.Year);
        var progress = roadmap.Progress;
        return new RoadmapView(
            key.OrganizationId.Value,
            key.Year,
            version,
            asOf,
            roadmap.Roadmap.Activities.Count,
            schedule.Items.Select(i => WorkItemView.Of(i, RoadmapSchedule.StatusOf(i, progress, asOf), progress)).ToArray(),
            schedule.Unscheduled.Select(UnscheduledView.Of).ToArray(),
            schedule.Conflicts.Select(ViolationView.Of).ToArray(),
            ExecutionView.Of(schedule.Execution(progress, asOf)),
            RoadmapMarkdownRenderer.Render(roadmap.Roadmap));
    }
}
