using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using OneOf;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// The outcome of importing a roadmap table: the <see cref="MentorshipRoadmap"/> (with a warning per cell taken without
/// being read), or a <see cref="RoadmapImportFailure"/>.
/// </summary>
public sealed class RoadmapImportResult : OneOfBase<MentorshipRoadmap, RoadmapImportFailure>
{
    private RoadmapImportResult(OneOf<MentorshipRoadmap, RoadmapImportFailure> value, IReadOnlyList<RoadmapImportWarning> warnings)
        : base(value)
    {
        Warnings = warnings;
    }

    /// <summary>The cells an imported roadmap took without reading them, ordered by line; empty on a failure and after a strict import.</summary>
    public IReadOnlyList<RoadmapImportWarning> Warnings { get; }

    /// <summary>Whether the table was imported.</summary>
    public bool IsSuccess => IsT0;

    /// <summary>The roadmap; throws <see cref="System.InvalidOperationException"/> on a failure.</summary>
    public MentorshipRoadmap Roadmap => AsT0;

    /// <summary>The failure; throws <see cref="System.InvalidOperationException"/> on a success.</summary>
    public RoadmapImportFailure Failure => AsT1;

    /// <summary>An imported roadmap.</summary>
    /// <param name="roadmap">The roadmap.</param>
    /// <returns>The result.</returns>
    public static RoadmapImportResult Success(MentorshipRoadmap roadmap) => new(Guard.Against.Null(roadmap), []);

    /// <summary>An imported roadmap with the cells it took without reading them.</summary>
    /// <param name="roadmap">The roadmap.</param>
    /// <param name="warnings">The warnings.</param>
    /// <returns>The result.</returns>
    /// <exception cref="System.ArgumentNullException">An argument or a warning is null.</exception>
    public static RoadmapImportResult Success(MentorshipRoadmap roadmap, IEnumerable<RoadmapImportWarning> warnings)
    {
        Guard.Against.Null(roadmap);
        Guard.Against.Null(warnings);
        return new(roadmap, [.. warnings.Select(w => Guard.Against.Null(w, nameof(warnings))).OrderBy(w => w.LineNumber)]);
    }

    /// <summary>A table not imported.</summary>
    /// <param name="failure">Why.</param>
    /// <returns>The result.</returns>
    public static RoadmapImportResult Failed(RoadmapImportFailure failure) => new(Guard.Against.Null(failure), []);
}
