namespace Mentorship.SampleData.Year;

/// <summary>
/// Random numbers for the generated parts of the demo year, one stream per key (a response's or a plan line's
/// identifier): a value does not depend on what else was generated before it, so the year played to any date holds
/// the same values as the whole year, cut at that date.
/// </summary>
internal static class DemoRandom
{
    public static Random For(string key)
    {
        // FNV-1a: string.GetHashCode is randomised per process.
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return new Random(unchecked((int)hash));
    }
}
