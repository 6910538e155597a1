using System.Globalization;
using Mentorship.ConsoleDemo.Commands.Files;
using Mentorship.Domain.Roadmap;
using NodaTime;
using NodaTime.Text;

namespace Mentorship.ConsoleDemo.Exports;

/// <summary>
/// Reads the done marks of a roadmap year from text: one work item a line, its id as the roadmap table prints it
/// and the date it was done (<c>3.1/2;20.05.2026</c>; <c>;</c>, <c>,</c> or a tab between them; the date as
/// <c>dd.MM.yyyy</c> or ISO <c>yyyy-MM-dd</c>). Blank lines and lines starting with <c>#</c> are skipped. Every
/// line is checked against the year's schedule and the status date; one bad line refuses the whole file.
/// </summary>
internal static class RoadmapProgressFile
{
    private static readonly LocalDatePattern Russian = LocalDatePattern.CreateWithInvariantCulture("dd.MM.uuuu");

    /// <summary>Reads the marks, or lists every bad line (1-based numbers) and reads none.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="schedule">The schedule the ids must belong to.</param>
    /// <param name="asOf">The status date: nothing can be done after it.</param>
    /// <param name="errors">The bad lines, empty when the file was read.</param>
    /// <returns>The progress, or <see langword="null"/> when a line is bad.</returns>
    public static RoadmapProgress? Read(string text, RoadmapSchedule schedule, LocalDate asOf, out IReadOnlyList<(int Line, string Message)> errors)
    {
        var problems = new List<(int, string)>();
        var progress = RoadmapProgress.Empty;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var n = 1; n <= lines.Length; n++)
        {
            var line = lines[n - 1].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split([';', ',', '\t'], StringSplitOptions.TrimEntries);
            if (cells.Length != 2 || cells[0].Length == 0)
            {
                problems.Add((n, "нужны ид работы и дата через «;», например «3.1/2;20.05.2026»."));
                continue;
            }

            var (id, dateText) = (cells[0], cells[1]);
            if (schedule.Find(id) is null)
            {
                problems.Add((n, $"в графике {schedule.Year} года нет работы «{EchoText.Escape(id)}»."));
                continue;
            }

            if (!TryParseDate(dateText, out var date))
            {
                problems.Add((n, $"«{EchoText.Escape(dateText)}» — не дата (дд.мм.гггг или гггг-мм-дд)."));
                continue;
            }

            if (date > asOf)
            {
                problems.Add((n, $"работа «{id}» отмечена выполненной {Russian.Format(date)}, позже даты статуса {Russian.Format(asOf)}."));
                continue;
            }

            if (seen.TryGetValue(id, out var first))
            {
                problems.Add((n, $"работа «{id}» уже отмечена на строке {first.ToString(CultureInfo.InvariantCulture)}."));
                continue;
            }

            seen.Add(id, n);
            progress = progress.WithDone(id, date);
        }

        errors = problems;
        return problems.Count == 0 ? progress : null;
    }

    private static bool TryParseDate(string text, out LocalDate date)
    {
        var parsed = Russian.Parse(text);
        if (!parsed.Success)
        {
            parsed = LocalDatePattern.Iso.Parse(text);
        }

        date = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }
}
