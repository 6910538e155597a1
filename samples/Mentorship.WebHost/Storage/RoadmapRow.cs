namespace Mentorship.WebHost.Storage;

/// <summary>A stored <see cref="YearRoadmap"/>: the year's roadmap table and what has been done.</summary>
public sealed class RoadmapRow : YearRow;
