namespace Mentorship.Domain.Roadmap;

/// <summary>What a roadmap import does with a timing cell it cannot read.</summary>
public enum RoadmapImportMode
{
    /// <summary>
    /// The activity is imported with an <see cref="UnrecognisedTiming"/> (its text kept, no dates) and the import
    /// reports a <see cref="RoadmapImportWarning"/> with the line. A broken table is still refused.
    /// </summary>
    Lenient = 0,

    /// <summary>All or nothing: an unreadable timing refuses the whole table, as any other problem does.</summary>
    Strict = 1,
}
