namespace Mentorship.SampleData;

/// <summary>The seed's roadmap table (order of 30.04.2022 № 88), embedded as it was received (tab-separated, pasted from Word).</summary>
public static class SeedRoadmap
{
    /// <summary>The table's text.</summary>
    public static string Text { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(SeedRoadmap).Assembly.GetManifestResourceStream("seed-roadmap.txt")
            ?? throw new InvalidOperationException("The seed roadmap is not embedded in Mentorship.SampleData.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
