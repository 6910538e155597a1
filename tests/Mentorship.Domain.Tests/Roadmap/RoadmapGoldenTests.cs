using System.Globalization;
using System.Text;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Roadmap;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;

namespace Mentorship.Domain.Tests.Roadmap;

/// <summary>
/// The seed's roadmap as the library reads, renders and schedules it, kept as approved texts in
/// <c>Roadmap/Golden/</c>: every timing read (its code and wording), the Markdown table, and the schedules of 2022 (the
/// year of the order, on the five-day week) and 2026 (on the production calendar) with their windows, dependencies,
/// conflicts, unscheduled work, monthly load and a tracked agenda. <c>MENTORSHIP_WRITE_DOCS=1</c> rewrites them.
/// </summary>
public class RoadmapGoldenTests
{
    [Fact]
    public void Seed_TimingsAsRead_AreApproved()
    {
        var text = new StringBuilder();
        foreach (var activity in SeedRoadmap.Roadmap.Sections.SelectMany(s => s.Activities))
        {
            text.Append(CultureInfo.InvariantCulture, $"{activity.Number} «{activity.TimingText}» → {activity.Timing.Code}: {activity.Timing}\n");
            foreach (var deliverable in activity.Deliverables)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {deliverable.Index} «{deliverable.TimingText}» → {deliverable.Timing?.Code ?? "-"}: {deliverable.Timing?.ToString() ?? "-"}\n");
            }
        }

        Golden.Check("Roadmap", "seed-timings.txt", text.ToString());
    }

    [Fact]
    public void Seed_Markdown_IsApproved() =>
        Golden.Check("Roadmap", "seed-roadmap.md", RoadmapMarkdownRenderer.Render(SeedRoadmap.Roadmap));

    [Fact]
    public void Seed_Schedule2022_IsApproved() =>
        Golden.Check("Roadmap", "seed-schedule-2022.txt", Describe(new RoadmapScheduler().Schedule(SeedRoadmap.Roadmap, 2022), new LocalDate(2022, 9, 15)));

    [Fact]
    public void Seed_Schedule2026_IsApproved() =>
        Golden.Check("Roadmap", "seed-schedule-2026.txt", Describe(new RoadmapScheduler(RussianProductionCalendar.Default).Schedule(SeedRoadmap.Roadmap, 2026), new LocalDate(2026, 10, 1)));

    [Fact]
    public void GoldenFolder_HoldsNoFileNoTestRenders()
    {
        Directory.GetFiles(Golden.Folder("Roadmap")).Select(Path.GetFileName).Should().BeEquivalentTo(
            "seed-timings.txt", "seed-roadmap.md", "seed-schedule-2022.txt", "seed-schedule-2026.txt", "timings.txt", "import-errors.txt");
    }

    /// <summary>
    /// Everything a schedule says, one fact a line. Progress: the first two items (in schedule order) done on time and
    /// the third done a day after its due date, the rest open; the agenda is read from 20 March and from <paramref name="asOf"/>, K12 on <paramref name="asOf"/> and on 31 December.
    /// </summary>
    private static string Describe(RoadmapSchedule schedule, LocalDate asOf)
    {
        var text = new StringBuilder();
        var progress = RoadmapProgress.Empty;
        for (var i = 0; i < Math.Min(3, schedule.Items.Count); i++)
        {
            var item = schedule.Items[i];
            progress = progress.WithDone(item.Id, i < 2 ? item.Due : item.Due.PlusDays(1));
        }

        text.Append(CultureInfo.InvariantCulture, $"Год {schedule.Year}\n\nРаботы:\n");
        foreach (var item in schedule.Items)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"{item.Id} | {item.Title} | окно {D(item.Window.Start)}–{D(item.Window.End)} | {D(item.Start)}–{D(item.Due)} | {item.Role} | {item.Timing.Code} | {string.Join(", ", item.Responsible.Select(p => p.Name))} | {RoadmapSchedule.StatusOf(item, progress, asOf)}\n");
        }

        text.Append("\nНе запланировано:\n");
        foreach (var work in schedule.Unscheduled)
        {
            text.Append(CultureInfo.InvariantCulture, $"{work.Activity.Number}/{work.Deliverable?.Index.ToString(CultureInfo.InvariantCulture) ?? "-"} | {work.Timing.Code} | {work.Reason}\n");
        }

        text.Append("\nЗависимости:\n");
        foreach (var dependency in schedule.Dependencies)
        {
            text.Append(CultureInfo.InvariantCulture, $"{dependency.DependentId} после {dependency.PrerequisiteId} ({dependency.Rule})\n");
        }

        text.Append("\nКонфликты:\n");
        foreach (var conflict in schedule.Conflicts)
        {
            text.Append(CultureInfo.InvariantCulture, $"{conflict.Code}: {string.Join("; ", conflict.Arguments.Select(a => $"{a.Name}={a.Value}"))}\n");
        }

        text.Append("\nНагрузка по месяцам:\n");
        foreach (var load in schedule.LoadByResponsible())
        {
            text.Append(CultureInfo.InvariantCulture, $"{load.Party.Name} | {load.Month} | {load.OpenItems} | {string.Join(", ", load.ItemIds)}\n");
        }

        foreach (var from in new[] { new LocalDate(schedule.Year, 3, 20), asOf })
        {
            text.Append(CultureInfo.InvariantCulture, $"\nПовестка с {D(from)} на 45 дней:\n");
            foreach (var entry in schedule.Agenda(progress, from, 45))
            {
                text.Append(CultureInfo.InvariantCulture, $"{entry.Item.Id} | {entry.Status} | начало в периоде: {entry.StartsInPeriod} | срок в периоде: {entry.DueInPeriod}\n");
            }
        }

        foreach (var day in new[] { asOf, new LocalDate(schedule.Year, 12, 31) })
        {
            var k12 = schedule.Execution(progress, day);
            text.Append(CultureInfo.InvariantCulture, $"\nK12 на {D(day)}: {k12.ActivitiesDoneOnTime} из {k12.ActivitiesDue}\n");
        }

        return text.ToString();
    }

    private static string D(LocalDate date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
