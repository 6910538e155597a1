using System.Globalization;
using Mentorship.Domain.Calendar;
using Mentorship.Domain.Roadmap;
using NodaTime;
using Spectre.Console;

namespace Mentorship.ConsoleDemo.Exports;

/// <summary>Prints a year's roadmap schedule with Spectre.Console: work items and statuses, agenda, conflicts, K12.</summary>
internal static class RoadmapView
{
    public static void Write(IAnsiConsole console, RoadmapSchedule schedule, RoadmapProgress progress, LocalDate today, int agendaDays, RussianProductionCalendar calendar)
    {
        if (!calendar.Knows(schedule.Year))
        {
            console.MarkupLine($"[yellow]Производственный календарь на {schedule.Year} год не задан: рабочие дни посчитаны по ТК РФ без переносов постановления.[/]");
        }

        var table = new Table().Title($"Дорожная карта на {schedule.Year} год: статус на {Date(today)}");
        table.AddColumns("№", "Результат", "Начало", "Срок", "Ответственные", "Статус");
        foreach (var item in schedule.Items)
        {
            table.AddRow(
                Markup.Escape(item.Id),
                Markup.Escape(Short(item.Title, 40)),
                Date(item.Start),
                Date(item.Due),
                Markup.Escape(string.Join("\n", item.Responsible.Select(p => p.Name))),
                Status(RoadmapSchedule.StatusOf(item, progress, today)));
        }

        console.Write(table);
        foreach (var work in schedule.Unscheduled)
        {
            var what = work.Deliverable is null ? work.Activity.Number : $"{work.Activity.Number}/{work.Deliverable.Index}";
            var why = work.Reason == UnscheduledReason.NoDates ? "без дат" : "в другом году";
            console.MarkupLine($"[grey]Вне графика {schedule.Year} года: {Markup.Escape(what)} ({Markup.Escape(work.Timing.ToString())}, {why})[/]");
        }

        foreach (var conflict in schedule.Conflicts)
        {
            console.MarkupLine($"[red]Конфликт сроков:[/] {Markup.Escape(conflict.Message)}");
        }

        console.WriteLine();
        console.MarkupLine($"[bold]Ближайшие {agendaDays} дней с {Date(today)}:[/]");
        var agenda = schedule.Agenda(progress, today, agendaDays);
        if (agenda.Count == 0)
        {
            console.MarkupLine("  нет работ.");
        }

        foreach (var entry in agenda)
        {
            var note = entry.DueInPeriod ? $"срок {Date(entry.Item.Due)}" : entry.StartsInPeriod ? $"начало {Date(entry.Item.Start)}" : $"до {Date(entry.Item.Due)}";
            console.MarkupLine($"  {Status(entry.Status)} {Markup.Escape(entry.Item.Id)} {Markup.Escape(Short(entry.Item.Title, 50))} — {note}");
        }

        var k12 = schedule.Execution(progress, today);
        var share = k12.Share is { } value ? value.ToString("P0", CultureInfo.GetCultureInfo("ru-RU")) : "нет мероприятий со сроком";
        console.MarkupLine($"K12, исполнение дорожной карты: {k12.ActivitiesDoneOnTime}/{k12.ActivitiesDue} ({Markup.Escape(share)})");
    }

    private static string Status(WorkItemStatus status) => status switch
    {
        WorkItemStatus.Planned => "[blue]запланировано[/]",
        WorkItemStatus.InProgress => "[yellow]в работе[/]",
        WorkItemStatus.Done => "[green]выполнено[/]",
        _ => "[red]просрочено[/]",
    };

    private static string Date(LocalDate date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Short(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
