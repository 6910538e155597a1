using BenchmarkDotNet.Attributes;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Roadmap;
using Mentorship.SampleData;
using NodaTime;

namespace Mentorship.Benchmarks.Roadmap;

/// <summary>
/// The roadmap room on the seed's table (8 activities, 4 sections, from Mentorship.SampleData): importing the pasted table with its Russian
/// timings, scheduling a year on the production calendar, and a region's morning: 100 organisations' schedules with
/// the statuses, the 30-day agenda and K12 as of one date, each with its own progress.
/// </summary>
[MemoryDiagnoser]
public class RoadmapBenchmarks
{
    private const int Organizations = 100;
    private static readonly LocalDate AsOf = new(2026, 9, 15);

    private string _seed = string.Empty;
    private MentorshipRoadmap _roadmap = null!;
    private RoadmapScheduler _scheduler = null!;
    private RoadmapSchedule[] _schedules = [];
    private RoadmapProgress[] _progress = [];

    [GlobalSetup]
    public void Setup()
    {
        _seed = SeedRoadmap.Text;
        _roadmap = RoadmapTableImporter.Import(_seed).Roadmap;
        _scheduler = new RoadmapScheduler(RussianProductionCalendar.Default);
        _schedules = Enumerable.Range(0, Organizations).Select(_ => _scheduler.Schedule(_roadmap, AsOf.Year)).ToArray();

        // Each organisation has done a different part of the work due by the status date, a day before its due date.
        _progress = _schedules.Select((schedule, org) => schedule.Items
                .Where((item, i) => item.Due <= AsOf && (i + org) % 3 != 0)
                .Aggregate(RoadmapProgress.Empty, (p, item) => p.WithDone(item.Id, item.Due.PlusDays(-1))))
            .ToArray();
    }

    /// <summary>Imports the seed's pasted table: rows, timings in Russian, responsible parties, deliverables.</summary>
    [Benchmark]
    public int ImportSeed() => RoadmapTableImporter.Import(_seed).Roadmap.Activities.Count;

    /// <summary>Schedules the seed's roadmap for one year: work items, dependencies, conflicts.</summary>
    [Benchmark]
    public int ScheduleYear() => _scheduler.Schedule(_roadmap, AsOf.Year).Items.Count;

    /// <summary>Statuses, the 30-day agenda and K12 of 100 organisations as of one date.</summary>
    [Benchmark]
    public int RegionMorning()
    {
        var total = 0;
        for (var org = 0; org < Organizations; org++)
        {
            var schedule = _schedules[org];
            var progress = _progress[org];
            foreach (var item in schedule.Items)
            {
                total += (int)RoadmapSchedule.StatusOf(item, progress, AsOf);
            }

            total += schedule.Agenda(progress, AsOf, 30).Count;
            total += schedule.Execution(progress, AsOf).ActivitiesDoneOnTime;
        }

        return total;
    }
}
