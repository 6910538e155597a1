using Mentorship.Domain.Monitoring;
using Mentorship.Domain.Pairing;
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
public sealed class MonitoringService(AggregateStore store, HostClock clock)
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

        var mentees = await store.ReadAsync(AggregateKinds.MenteeBank, key, cancellationToken);
        var mentors = await store.ReadAsync(AggregateKinds.MentorBank, key, cancellationToken);
        var register = await store.ReadAsync(AggregateKinds.PairingRegister, key, cancellationToken);
        var roadmap = await store.ReadAsync(AggregateKinds.Roadmap, key, cancellationToken);
        if (mentees is null && mentors is null && register is null && roadmap is null)
        {
            return HostFailure.NotFound($"The host holds nothing for {key}.");
        }

        var facts = new MonitoringFactsBuilder();
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

        var set = IndicatorCalculator.Compute(facts.Build(), MonitoringScope.ForOrganization(key.OrganizationId), new DateInterval(start, end));
        return HostOutcome<IndicatorsView>.Ok(new IndicatorsView(key.OrganizationId.Value, start, end, set.Results.Select(IndicatorView.Of).ToArray()));
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
