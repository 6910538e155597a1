using NodaTime;

namespace Mentorship.WebHost.Storage;

/// <summary>
/// The stored form of a <see cref="YearRoadmap"/>: the roadmap as the core's Markdown table (which the core's
/// importer reads back to the same roadmap) and the completions by work-item identifier.
/// </summary>
public sealed record RoadmapRecord(string Table, IReadOnlyDictionary<string, LocalDate> Completions);
