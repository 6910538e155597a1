using System.Collections.Generic;
using System.Linq;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Reports;

/// <summary>
/// The counts a monitoring report opens with, for a period: pairs and groups active in it by form, the mentors who
/// led them and their mentees, programmes started and closed in it, mentor replacements in it, and the banks on its
/// last day; and, as regional forms ask, the pairs and groups fixed by order and in force on the last day
/// (<see cref="FixedByOrder"/>), the mentors trained in the period (<see cref="MentorsTrained"/>) and the monthly total
/// of the active mentors' pay (<see cref="MonthlyPayTotal"/>). A municipality's census is the sum of its
/// organisations' (a person counted by two is counted twice).
/// </summary>
/// <param name="ByForm">Active pairs and groups per form, forms in enum order, only forms that occur.</param>
/// <param name="Pairs">Active pairs.</param>
/// <param name="Groups">Active groups.</param>
/// <param name="Mentors">Distinct mentors of the organisation who led an active pair or group in the period (mentors from another organisation in the virtual form are not counted).</param>
/// <param name="Mentees">Distinct mentees in active pairs and groups on at least one day of the period (each on their own days: a mentee who joined after the period or left before it is not counted).</param>
/// <param name="Started">Programmes that started in the period.</param>
/// <param name="CompletedDone">Programmes completed with their goals achieved in the period.</param>
/// <param name="CompletedNotDone">Programmes completed without achieving their goals in the period.</param>
/// <param name="EndedEarly">Programmes ended early in the period.</param>
/// <param name="Replacements">Mentor replacements in the period.</param>
/// <param name="MenteesInBank">People in the mentee bank on the last day.</param>
/// <param name="MentorsInBank">People in the mentor bank on the last day.</param>
/// <param name="IdleMentorsInBank">Of those, people leading no active pair or group on the last day.</param>
public sealed record ProgrammeCensus(
    IReadOnlyList<FormCount> ByForm,
    int Pairs,
    int Groups,
    int Mentors,
    int Mentees,
    int Started,
    int CompletedDone,
    int CompletedNotDone,
    int EndedEarly,
    int Replacements,
    int MenteesInBank,
    int MentorsInBank,
    int IdleMentorsInBank)
{
    /// <summary>The pairs and groups fixed by order and in force on the last day, by form by participants and by organisational form.</summary>
    public FixedUnitsCount FixedByOrder { get; private init; } = FixedUnitsCount.None;

    /// <summary>Distinct mentors with a training session (roadmap item 2.3) recorded by the organisation's bank in the period.</summary>
    public int MentorsTrained { get; private init; }

    /// <summary>
    /// The monthly total, in roubles, of the supplements that the agreements of the active mentors on the last day
    /// state for the programmes they lead (the pay behind K13).
    /// </summary>
    public decimal MonthlyPayTotal { get; private init; }

    internal static ProgrammeCensus Of(MonitoringFacts facts, OrganizationFacts o, DateInterval period)
    {
        var pairs = new SortedDictionary<MentorshipForm, int>();
        var groups = new SortedDictionary<MentorshipForm, int>();
        var mentors = new HashSet<EducatorId>();
        var mentees = new HashSet<EducatorId>();
        int started = 0, done = 0, notDone = 0, early = 0, replacements = 0;
        foreach (var p in o.Programmes)
        {
            if (!p.IsActiveDuring(period))
            {
                continue;
            }

            var counts = p.IsGroup ? groups : pairs;
            counts[p.Form] = counts.TryGetValue(p.Form, out var n) ? n + 1 : 1;
            foreach (var e in p.EnrolmentArray)
            {
                if (e.IsDuring(period.Start, period.End))
                {
                    mentees.Add(e.Mentee);
                }
            }

            foreach (var m in p.Replacements.Select(r => r.NewMentor).Prepend(p.Mentor).Distinct())
            {
                if (!p.IsExternalMentor(m) && p.WasLedByDuring(m, period.Start, period.End))
                {
                    mentors.Add(m);
                }
            }

            started += period.Contains(p.Start) ? 1 : 0;
            replacements += p.Replacements.Count(r => period.Contains(r.On));
            if (p.ClosedOn is { } closed && period.Contains(closed))
            {
                done += p.Closure == ProgrammeClosure.CompletedDone ? 1 : 0;
                notDone += p.Closure == ProgrammeClosure.CompletedNotDone ? 1 : 0;
                early += p.Closure == ProgrammeClosure.EndedEarly ? 1 : 0;
            }
        }

        var forms = pairs.Keys.Union(groups.Keys).OrderBy(f => f)
            .Select(f => new FormCount(f, pairs.TryGetValue(f, out var np) ? np : 0, groups.TryGetValue(f, out var ng) ? ng : 0))
            .ToArray();
        var asOf = period.End;
        var bankMentors = o.MentorBank.Where(b => b.IsInBankOn(asOf)).Select(b => b.Mentor).Distinct().ToArray();
        var idle = bankMentors.Count(m =>
            !(facts.ProgrammesByMentor.TryGetValue(m, out var led) && led.Exists(p => p.IsActiveOn(asOf) && p.MentorOn(asOf) == m)));
        return new ProgrammeCensus(
            forms,
            pairs.Values.Sum(),
            groups.Values.Sum(),
            mentors.Count,
            mentees.Count,
            started,
            done,
            notDone,
            early,
            replacements,
            o.MenteeBank.Where(b => b.IsInBankOn(asOf)).Select(b => b.Mentee).Distinct().Count(),
            bankMentors.Length,
            idle)
        {
            FixedByOrder = FixedUnitsCount.Of(o.FixedUnits, asOf),
            MentorsTrained = o.Trainings.Where(t => period.Contains(t.On)).Select(t => t.Mentor).Distinct().Count(),
            MonthlyPayTotal = ActiveMentors.On(o, asOf).Sum(m => m.Value.Sum(p => ActiveMentors.PayOf(facts, p, m.Key))),
        };
    }

    internal static ProgrammeCensus Sum(IEnumerable<ProgrammeCensus> parts)
    {
        var all = parts.ToArray();
        var forms = all.SelectMany(c => c.ByForm).GroupBy(f => f.Form).OrderBy(g => g.Key)
            .Select(g => new FormCount(g.Key, g.Sum(f => f.Pairs), g.Sum(f => f.Groups)))
            .ToArray();
        return new ProgrammeCensus(
            forms,
            all.Sum(c => c.Pairs),
            all.Sum(c => c.Groups),
            all.Sum(c => c.Mentors),
            all.Sum(c => c.Mentees),
            all.Sum(c => c.Started),
            all.Sum(c => c.CompletedDone),
            all.Sum(c => c.CompletedNotDone),
            all.Sum(c => c.EndedEarly),
            all.Sum(c => c.Replacements),
            all.Sum(c => c.MenteesInBank),
            all.Sum(c => c.MentorsInBank),
            all.Sum(c => c.IdleMentorsInBank))
        {
            FixedByOrder = FixedUnitsCount.Sum(all.Select(c => c.FixedByOrder)),
            MentorsTrained = all.Sum(c => c.MentorsTrained),
            MonthlyPayTotal = all.Sum(c => c.MonthlyPayTotal),
        };
    }
}
