using System.Globalization;
using Mentorship.Domain.Matching;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Programmes;
using Mentorship.Domain.Pairing.Support;
using Mentorship.Domain.People;
using Mentorship.Domain.Roadmap;
using Mentorship.WebHost.Contracts;
using Mentorship.WebHost.Storage;
using NodaTime;

namespace Mentorship.WebHost.Application;

/// <summary>
/// The coordinator's home page for an organisation's year: what is due in the next 30 working days (roadmap work, plan
/// lines, notices running out, programmes to approve, pairs and groups ending), who is waiting for a mentor (with the
/// continued search's proposal or its reason), the mentors' load against capacity, and K1 against its target. Reads
/// only; every rule stays in the core.
/// </summary>
public sealed class YearOverviewService(AggregateStore store, MonitoringService monitoring, HostClock clock)
{
    /// <summary>How far ahead the home page looks, in working days of the production calendar.</summary>
    public const int WorkingDays = 30;

    private static readonly RoadmapScheduler Scheduler = new(HostCalendar.Instance);

    public async Task<HostOutcome<YearOverviewView>> GetAsync(YearKey key, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var horizon = HostCalendar.Instance.AddWorkingDays(today, WorkingDays);
        var mentees = (await store.ReadAsync(AggregateKinds.MenteeBank, key, cancellationToken))?.Aggregate;
        var mentors = (await store.ReadAsync(AggregateKinds.MentorBank, key, cancellationToken))?.Aggregate;
        var register = (await store.ReadAsync(AggregateKinds.PairingRegister, key, cancellationToken))?.Aggregate;
        var programmes = (await store.ReadAsync(AggregateKinds.ProgrammeBook, key, cancellationToken))?.Aggregate.Programmes ?? [];
        var names = new Dictionary<EducatorId, string>();
        foreach (var e in mentees?.Entries ?? [])
        {
            names[e.Id] = e.Educator.PersonalData.FullName;
        }

        foreach (var e in mentors?.Entries ?? [])
        {
            names[e.Id] = e.Educator.PersonalData.FullName;
        }

        string Name(EducatorId id) => names.TryGetValue(id, out var n) ? $"{n} ({id})" : id.Value;
        var root = $"/{key.OrganizationId.Value}/{key.Year.ToString(CultureInfo.InvariantCulture)}";
        var due = new List<DueItemView>();
        await AddRoadmapAsync(due, key, today, horizon, root, cancellationToken);
        if (register is not null)
        {
            AddUnits(due, register, programmes, today, horizon, root, Name);
        }

        var waiting = mentees is null || mentors is null ? [] : Waiting(mentees, mentors, register, today, Name);
        var loads = (mentors?.Entries ?? [])
            .Select(e => new MentorLoadView(e.Id.Value, e.Educator.PersonalData.FullName, register?.LoadOn(e.Id, today) ?? 0, register?.CapacityOf(e.Id) ?? e.Capacity))
            .ToArray();
        var set = await monitoring.ComputeAsync(key, null, null, cancellationToken);
        var k1 = set.Value?.Get(IndicatorCode.K1);
        return HostOutcome<YearOverviewView>.Ok(new YearOverviewView(
            today,
            horizon,
            WorkingDays,
            [.. due.OrderBy(d => d.Due).ThenBy(d => d.Kind, StringComparer.Ordinal).ThenBy(d => d.Text, StringComparer.Ordinal)],
            waiting,
            loads,
            k1 is null ? null : IndicatorView.Of(k1),
            k1 is null ? null : IndicatorWording.Target(k1)));
    }

    /// <summary>Roadmap work not done, due from today to the horizon or already overdue, from the roadmap of each calendar year involved.</summary>
    private async Task AddRoadmapAsync(List<DueItemView> due, YearKey key, LocalDate today, LocalDate horizon, string root, CancellationToken cancellationToken)
    {
        for (var year = today.Year - 1; year <= horizon.Year; year++)
        {
            if (await store.ReadAsync(AggregateKinds.Roadmap, new YearKey(key.OrganizationId, year), cancellationToken) is not { } found)
            {
                continue;
            }

            var schedule = Scheduler.Schedule(found.Aggregate.Roadmap, year);
            foreach (var item in schedule.Items)
            {
                var status = RoadmapSchedule.StatusOf(item, found.Aggregate.Progress, today);
                var overdue = status == WorkItemStatus.Overdue;
                if (status == WorkItemStatus.Done || (!overdue && (item.Due < today || item.Start > horizon)) || (overdue && item.Due < today.PlusDays(-60)))
                {
                    continue;
                }

                var link = $"/{key.OrganizationId.Value}/{year.ToString(CultureInfo.InvariantCulture)}/agenda#{Uri.EscapeDataString(item.Id)}";
                due.Add(new DueItemView(item.Due, "дорожная карта", $"{item.Id}. {item.Title}", link, overdue));
            }
        }
    }

    private static void AddUnits(
        List<DueItemView> due, PairingRegister register, IReadOnlyCollection<PersonalizedProgram> programmes, LocalDate today, LocalDate horizon, string root, Func<EducatorId, string> name)
    {
        var window = new DateInterval(today, horizon);
        foreach (var unit in register.Units)
        {
            var link = $"{root}/pairs/{Uri.EscapeDataString(unit.Id.Value)}";
            var what = unit.IsGroup ? "группа" : "пара";

            // A notice running: the last day of an early end, or the previous mentor's last day before a replacement.
            if (unit.EarlyTermination is { } end && end.EndsOn >= today && end.EndsOn <= horizon)
            {
                due.Add(new DueItemView(end.EndsOn, "уведомление", $"Последний день: {what} № {unit.Id} прекращается досрочно (уведомление от {Short(end.NoticeGivenOn)})", link, false));
            }

            foreach (var r in unit.Replacements.Where(r => r.EffectiveOn > today && r.EffectiveOn.PlusDays(-1) <= horizon))
            {
                due.Add(new DueItemView(r.EffectiveOn.PlusDays(-1), "уведомление", $"Последний день наставника {name(r.PreviousMentor)} в паре № {unit.Id}; с {Short(r.EffectiveOn)} — {name(r.NewMentor)}", link, false));
            }

            if (unit.Status == MentoringUnitStatus.Active && window.Contains(unit.Period.End))
            {
                due.Add(new DueItemView(unit.Period.End, "окончание", $"Завершается {what} № {unit.Id} (наставник {name(unit.Mentor)}): итоговая анкета, оценка результата", link, false));
            }
        }

        foreach (var programme in programmes)
        {
            if (!register.TryGet(programme.UnitId, out var unit) || !unit.IsOpen)
            {
                continue;
            }

            var link = $"{root}/pairs/{Uri.EscapeDataString(unit.Id.Value)}/programme";
            if (programme.Status == ProgramStatus.Draft)
            {
                due.Add(new DueItemView(LocalDate.Max(programme.DraftedOn, today), "утверждение программы", $"Программа пары № {unit.Id} (наставник {name(unit.Mentor)}) ждёт утверждения с {Short(programme.DraftedOn)}", link, programme.DraftedOn < today));
                continue;
            }

            for (var n = 1; n <= programme.Plan.Count; n++)
            {
                var line = programme.Plan[n - 1];
                if (!line.IsDone && line.Date <= horizon && line.Date >= today.PlusDays(-14))
                {
                    due.Add(new DueItemView(line.Date, "план программы", $"Пара № {unit.Id}, пункт {n}: {line.Activity}", link + $"#item-{n}", line.Date < today));
                }
            }
        }
    }

    private static string Short(LocalDate date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>The bank's mentees with no open pair or group today, the longest waiting first, with the continued search's answer.</summary>
    private static WaitingMenteeView[] Waiting(
        Domain.Banks.MenteeBank mentees, Domain.Banks.MentorBank mentors, PairingRegister? register, LocalDate today, Func<EducatorId, string> name)
    {
        var waiting = mentees.Entries
            .Where(e => register is null || !register.UnitsOf(e.Id).Any(u => u.IsOpen && u.Mentees.Contains(e.Id) && (u.MenteeSpan(e.Id) is not { } s || s.End >= today)))
            .ToArray();
        if (waiting.Length == 0)
        {
            return [];
        }

        var proposals = new Dictionary<EducatorId, (EducatorId Mentor, int Score)>();
        var reasons = new Dictionary<EducatorId, string>();
        if (register is not null)
        {
            var rest = new DateInterval(today, LocalDate.Max(today, new LocalDate(register.Year + 1, 5, 31)));
            var search = ContinuedSearch.Propose(register, MatchingProblem.FromBanks(mentees, mentors), rest);
            foreach (var p in search.Proposals)
            {
                foreach (var m in p.Mentees)
                {
                    proposals[m] = (p.Mentor, p.MatchScore ?? 0);
                }
            }

            foreach (var u in search.Result.Unmatched)
            {
                reasons[u.Mentee] = u.Message;
            }
        }
        else
        {
            var result = MatchingProblem.FromBanks(mentees, mentors).Solve();
            foreach (var a in result.Assignments)
            {
                proposals[a.Mentee] = (a.Mentor, a.Score);
            }

            foreach (var u in result.Unmatched)
            {
                reasons[u.Mentee] = u.Message;
            }
        }

        return waiting
            .OrderBy(e => e.AdmittedOn)
            .ThenBy(e => e.Id.Value, StringComparer.Ordinal)
            .Select(e => new WaitingMenteeView(
                e.Id.Value,
                e.Educator.PersonalData.FullName,
                e.AdmittedOn,
                Math.Max(0, Period.Between(e.AdmittedOn, today, PeriodUnits.Days).Days),
                proposals.TryGetValue(e.Id, out var p) ? name(p.Mentor) : null,
                proposals.TryGetValue(e.Id, out var q) ? q.Score : null,
                reasons.GetValueOrDefault(e.Id)))
            .ToArray();
    }
}
