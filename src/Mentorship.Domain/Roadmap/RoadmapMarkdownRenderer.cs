using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// Renders a roadmap back as a Russian Markdown table with the same content: the five columns of the original
/// table, a row per section and per activity, the timing as written, the responsible parties, and the
/// deliverables numbered with their bracketed timings, one per line («&lt;br&gt;»). The result imports again
/// with <see cref="RoadmapTableImporter"/> into an equal roadmap. Thread-safe.
/// </summary>
public static class RoadmapMarkdownRenderer
{
    /// <summary>The header row's cells.</summary>
    public static IReadOnlyList<string> Header { get; } =
        ["№ п/п", "Наименование мероприятия", "Срок реализации", "Ответственный исполнитель", "Результат, вид документа"];

    /// <summary>Renders the table.</summary>
    /// <param name="roadmap">The roadmap.</param>
    /// <returns>The Markdown table, lines ending in \n.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="roadmap"/> is null.</exception>
    public static string Render(MentorshipRoadmap roadmap)
    {
        Guard.Against.Null(roadmap);
        var builder = new StringBuilder();
        Row(builder, [.. Header]);
        Row(builder, ["---", "---", "---", "---", "---"]);
        foreach (var section in roadmap.Sections)
        {
            Row(builder, [$"**{Escape(section.Number)}. {Escape(section.Title)}**", string.Empty, string.Empty, string.Empty, string.Empty]);
            foreach (var activity in section.Activities)
            {
                Row(
                    builder,
                    [
                        Escape(activity.Number),
                        Escape(activity.Title),
                        Escape(activity.TimingText),
                        Escape(string.Join(", ", activity.Responsible.Select(p => p.Name))),
                        Result(activity),
                    ]);
            }
        }

        return builder.ToString();
    }

    private static string Result(RoadmapActivity activity)
    {
        var lines = activity.Deliverables.Select(d =>
        {
            var line = $"{d.Index.ToString(CultureInfo.InvariantCulture)}. {Escape(d.Title)}";
            return d.TimingText is null ? line : $"{line} ({Escape(d.TimingText)})";
        });
        var all = activity.DeliverablesPreamble is null ? lines : new[] { Escape(activity.DeliverablesPreamble) }.Concat(lines);
        return string.Join("<br>", all);
    }

    private static void Row(StringBuilder builder, string[] cells)
    {
        builder.Append('|');
        foreach (var cell in cells)
        {
            builder.Append(' ').Append(cell).Append(" |");
        }

        builder.Append('\n');
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ").Replace("<", "&lt;");
}
