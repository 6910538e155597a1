using Mentorship.Domain.Documents;
using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using Mentorship.Domain.Roadmap;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;
using NodaTime;

namespace Mentorship.WebHost.Application;

/// <summary>
/// Internal monitoring (roadmap item 3.1): the core's indicators over the facts the host holds for a year — both
/// banks, the programmes of the pairs and groups that started, and the roadmap's work items. What the host does not
/// hold (the staff list, questionnaires, achievements) is absent, and the indicators that need it say "no data".
/// </summary>
public sealed class MonitoringService(AggregateStore store, OrganizationService organizations, HostClock clock)
{
    private static readonly RoadmapScheduler Scheduler = new(HostCalendar.Instance);

    public async Task<HostOutcome<IndicatorsView>> IndicatorsAsync(YearKey key, LocalDate? from, LocalDate? to, CancellationToken cancellationToken)
    {
        var start = from ?? new LocalDate(key.Year, 1, 1);
        var end = to ?? LocalDate.Min(LocalDate.Max(clock.Today, start), new LocalDate(key.Year, 12, 31));
        if (end < start)
        {
            var errors = new InputErrors();
            errors.Add("to", "The period cannot end before it starts.");
            return HostFailure.Invalid(errors);
        }

        var facts = new MonitoringFactsBuilder();
        if (!await AddFactsAsync(facts, key, cancellationToken))
        {
            return HostFailure.NotFound($"The host holds nothing for {key}.");
        }

        var set = IndicatorCalculator.Compute(facts.Build(), MonitoringScope.ForOrganization(key.OrganizationId), new DateInterval(start, end));
        return HostOutcome<IndicatorsView>.Ok(new IndicatorsView(key.OrganizationId.Value, start, end, set.Results.Select(IndicatorView.Of).ToArray()));
    }

    /// <summary>The monitoring report (справка) of an organisation's year as Russian text, Markdown or plain.</summary>
    public async Task<HostOutcome<string>> MonitoringReportAsync(YearKey key, LocalDate? from, LocalDate? to, ReportTextFormat format, CancellationToken cancellationToken)
    {
        if (Period(key, from, to) is not { } period)
        {
            return Reversed();
        }

        var organization = await organizations.FindAsync(key.OrganizationId.Value, cancellationToken);
        var facts = new MonitoringFactsBuilder();
        if (organization is null || !await AddFactsAsync(facts, key, cancellationToken))
        {
            return HostFailure.NotFound($"The host holds nothing for {key}.");
        }

        var names = await NamesAsync([key], cancellationToken);
        var report = MonitoringReport.Build(facts.Build(), organization, period);
        return HostOutcome<string>.Ok(MonitoringReportDocument.Render(report, format, id => names.GetValueOrDefault(id.Value)));
    }

    /// <summary>The municipal analytical report over every organisation of the municipality the host serves.</summary>
    public async Task<HostOutcome<string>> AnalyticalReportAsync(string municipality, int year, LocalDate? from, LocalDate? to, ReportTextFormat format, CancellationToken cancellationToken)
    {
        var all = await organizations.ListAsync(cancellationToken);
        var members = all.Where(o => string.Equals(o.Municipality, municipality, StringComparison.Ordinal))
            .Select(o => new Organization(OrganizationId.From(o.Id), o.ShortName, o.FullName, o.Kind, o.Municipality))
            .ToArray();
        if (members.Length == 0)
        {
            return HostFailure.NotFound($"The host serves no organisation of the municipality '{municipality}'.");
        }

        var keys = members.Select(o => new YearKey(o.Id, year)).ToArray();
        if (Period(keys[0], from, to) is not { } period)
        {
            return Reversed();
        }

        var facts = new MonitoringFactsBuilder();
        foreach (var key in keys)
        {
            await AddFactsAsync(facts, key, cancellationToken);
        }

        var names = await NamesAsync(keys, cancellationToken);
        var report = AnalyticalReport.Build(facts.Build(), municipality, members, period);
        return HostOutcome<string>.Ok(AnalyticalReportDocument.Render(report, format, id => names.GetValueOrDefault(id.Value)));
    }

    private static HostFailure Reversed()
    {
        var errors = new InputErrors();
        errors.Add("to", "The period cannot end before it starts.");
        return HostFailure.Invalid(errors);
    }

    private DateInterval? Period(YearKey key, LocalDate? from, LocalDate? to)
    {
        var start = from ?? new LocalDate(key.Year, 1, 1);
        var end = to ?? LocalDate.Min(LocalDate.Max(clock.Today, start), new LocalDate(key.Year, 12, 31));
        return end < start ? null : new DateInterval(start, end);
    }

    /// <summary>The facts of one organisation's year; false when the host holds nothing for it.</summary>
    private async Task<bool> AddFactsAsync(MonitoringFactsBuilder facts, YearKey key, CancellationToken cancellationToken)
    {
        var mentees = await store.ReadAsync(AggregateKinds.MenteeBank, key, cancellationToken);
        var mentors = await store.ReadAsync(AggregateKinds.MentorBank, key, cancellationToken);
        var register = await store.ReadAsync(AggregateKinds.PairingRegister, key, cancellationToken);
        var roadmap = await store.ReadAsync(AggregateKinds.Roadmap, key, cancellationToken);
        if (mentees is { } m)
        {
            facts.Add(m.Aggregate);
        }

        if (mentors is { } t)
        {
            facts.Add(t.Aggregate);
        }

        foreach (var unit in register?.Aggregate.Units ?? [])
        {
            if (Programme(key, unit) is { } programme)
            {
                facts.Add(programme);
            }
        }

        if (roadmap is { } r)
        {
            var progress = r.Aggregate.Progress;
            foreach (var item in Scheduler.Schedule(r.Aggregate.Roadmap, key.Year).Items)
            {
                facts.Add(new RoadmapItemFact(key.OrganizationId, item.Activity.Number, $"{key.Year}:{item.Id}", item.Title, item.Start, item.Due, progress.DoneOn(item.Id)));
            }
        }

        return mentees is not null || mentors is not null || register is not null || roadmap is not null;
    }

    // Reports may name people (the coordinator's own documents); the names come from the banks.
    private async Task<Dictionary<string, string>> NamesAsync(IEnumerable<YearKey> keys, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            foreach (var e in (await store.ReadAsync(AggregateKinds.MenteeBank, key, cancellationToken))?.Aggregate.Entries ?? [])
            {
                names[e.Id.Value] = e.Educator.PersonalData.FullName;
            }

            foreach (var e in (await store.ReadAsync(AggregateKinds.MentorBank, key, cancellationToken))?.Aggregate.Entries ?? [])
            {
                names[e.Id.Value] = e.Educator.PersonalData.FullName;
            }
        }

        return names;
    }

    // A pair or group is a programme from the day it started; mentor replacements are not passed on yet.
    private static ProgrammeFact? Programme(YearKey key, MentoringUnit unit)
    {
        if (unit.ActivatedOn is not { } started)
        {
            return null;
        }

        var (closedOn, closure) = unit.Status switch
        {
            MentoringUnitStatus.Completed => (unit.Completion!.On, unit.Completion.Outcome == MentoringOutcome.Achieved ? ProgrammeClosure.CompletedDone : ProgrammeClosure.CompletedNotDone),
            MentoringUnitStatus.EndedEarly => (unit.EarlyTermination!.EndsOn, ProgrammeClosure.EndedEarly),
            _ => ((LocalDate?)null, (ProgrammeClosure?)null),
        };
        return new ProgrammeFact(unit.Id.Value, key.OrganizationId, unit.Form, unit.Mentor, unit.Mentees, started, unit.Period.End, closedOn, closure);
    }
}
