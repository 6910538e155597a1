using Mentorship.Domain.Roadmap;

namespace Mentorship.Domain.Tests.Roadmap;

/// <summary>The seed's roadmap (the order of 30.04.2022 № 88 and its table), kept as a test fixture.</summary>
internal static class SeedRoadmap
{
    public static string Text { get; } =
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Roadmap", "Fixtures", "seed-roadmap.txt"));

    public static MentorshipRoadmap Roadmap { get; } = RoadmapTableImporter.Import(Text).Roadmap;
}
