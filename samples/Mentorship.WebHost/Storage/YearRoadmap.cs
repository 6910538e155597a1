using Mentorship.Domain.Roadmap;
using NodaTime;

namespace Mentorship.WebHost.Storage;

/// <summary>
/// An organisation's roadmap for a year as the host keeps it: the core's <see cref="MentorshipRoadmap"/> and
/// <see cref="RoadmapProgress"/>, neither of which has a snapshot of its own. The roadmap is stored as the core's
/// Markdown rendering, which the core's importer reads back exactly (the core's tests prove that round trip).
/// </summary>
public sealed class YearRoadmap
{
    public YearRoadmap(MentorshipRoadmap roadmap, RoadmapProgress progress)
    {
        Roadmap = roadmap ?? throw new ArgumentNullException(nameof(roadmap));
        Progress = progress ?? throw new ArgumentNullException(nameof(progress));
    }

    public MentorshipRoadmap Roadmap { get; private set; }

    public RoadmapProgress Progress { get; private set; }

    public static YearRoadmap FromRecord(RoadmapRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var imported = RoadmapTableImporter.Import(record.Table);
        if (!imported.IsSuccess)
        {
            throw new InvalidDataException($"Сохранённая дорожная карта больше не импортируется: {imported.Failure}");
        }

        var progress = record.Completions.Aggregate(RoadmapProgress.Empty, (p, c) => p.WithDone(c.Key, c.Value));
        return new YearRoadmap(imported.Roadmap, progress);
    }

    public RoadmapRecord ToRecord() => new(
        RoadmapMarkdownRenderer.Render(Roadmap),
        new SortedDictionary<string, LocalDate>(Progress.Completions.ToDictionary(c => c.Key, c => c.Value), StringComparer.Ordinal));

    /// <summary>A new table for the year; what was recorded done stays (work items keep their identifiers).</summary>
    public void Replace(MentorshipRoadmap roadmap) => Roadmap = roadmap ?? throw new ArgumentNullException(nameof(roadmap));

    public void RecordDone(string workItemId, LocalDate on) => Progress = Progress.WithDone(workItemId, on);
}
