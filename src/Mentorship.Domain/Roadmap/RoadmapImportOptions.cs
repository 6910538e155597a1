using Ardalis.GuardClauses;

namespace Mentorship.Domain.Roadmap;

/// <summary>How <see cref="RoadmapTableImporter"/> reads a table. Immutable.</summary>
public sealed class RoadmapImportOptions
{
    private readonly RoadmapImportMode _mode;
    private readonly HalfYearBasis _halfYears;

    /// <summary>Lenient, with the school year's halves.</summary>
    public static RoadmapImportOptions Default { get; } = new();

    /// <summary>Strict (all or nothing), with the school year's halves.</summary>
    public static RoadmapImportOptions Strict { get; } = new() { Mode = RoadmapImportMode.Strict };

    /// <summary>What an unreadable timing cell does: a warning (lenient, the default) or a refusal (strict).</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is not a defined mode.</exception>
    public RoadmapImportMode Mode
    {
        get => _mode;
        init => _mode = Guard.Against.EnumOutOfRange(value);
    }

    /// <summary>Which halves «I полугодие» and «II полугодие» name when a cell does not say (the school year's by default).</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is not a defined basis.</exception>
    public HalfYearBasis HalfYears
    {
        get => _halfYears;
        init => _halfYears = Guard.Against.EnumOutOfRange(value);
    }
}
