namespace Mentorship.ConsoleDemo.Exports;

/// <summary>The seed's roadmap table (order of 30.04.2022 № 88), embedded as it was received.</summary>
internal static class SeedRoadmapData
{
    public static string Text { get; } = Load();

    private static string Load()
    {
        var assembly = typeof(SeedRoadmapData).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("seed-roadmap.txt", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
