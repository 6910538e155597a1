using Mentorship.ConsoleDemo.Exports;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Roadmap;
using Mentorship.SampleData;
using NodaTime;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Steps;

/// <summary>
/// The seed's roadmap scheduled for the demo year on the production calendar, seen on 1 September with the spring's
/// work recorded, and the monthly load of each responsible party.
/// </summary>
internal sealed class RoadmapStep : IDemoStep
{
    public string Title => "Дорожная карта: график года, статусы, нагрузка, K12";

    /// <summary>The roadmap's calendar year.</summary>
    public DateInterval Span { get; } = new(new LocalDate(DemoData.Year, 1, 1), new LocalDate(DemoData.Year, 12, 31));

    public void Run(DemoState state, IAnsiConsole console)
    {
        var roadmap = RoadmapTableImporter.Import(SeedRoadmap.Text).Roadmap;
        var calendar = RussianProductionCalendar.Default.WithUnknownYearPolicy(UnknownYearPolicy.LabourCodeOnly);
        var schedule = new RoadmapScheduler(calendar).Schedule(roadmap, state.Year);
        var asOf = new LocalDate(state.Year, 9, 1);
        var progress = RoadmapProgress.Empty;
        foreach (var id in new[] { "3.1/2", "3.1/3" })
        {
            if (schedule.Find(id) is { } item)
            {
                progress = progress.WithDone(id, item.Due.PlusDays(-2));
            }
        }

        console.MarkupLine($"Импортировано: {roadmap.Sections.Count} раздела, {roadmap.Activities.Count} мероприятий; работ в {state.Year} году: {schedule.Items.Count}.");
        RoadmapView.Write(console, schedule, progress, asOf, 30, calendar);

        var load = new Table().Title("Нагрузка ответственных: открытых работ по месяцам");
        load.AddColumn("Ответственный");
        for (var month = 1; month <= 12; month++)
        {
            load.AddColumn(month.ToString("00", System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var party in schedule.LoadByResponsible().GroupBy(l => l.Party))
        {
            var cells = new List<string> { Markup.Escape(party.Key.Name) };
            for (var month = 1; month <= 12; month++)
            {
                var count = party.FirstOrDefault(l => l.Month.Month == month)?.OpenItems ?? 0;
                cells.Add(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            load.AddRow(cells.ToArray());
        }

        console.Write(load);
    }
}
