using Ardalis.GuardClauses;
using OneOf;

namespace Mentorship.Domain.Roadmap;

/// <summary>The outcome of importing a roadmap table: the <see cref="MentorshipRoadmap"/>, or a <see cref="RoadmapImportFailure"/>.</summary>
public sealed class RoadmapImportResult : OneOfBase<MentorshipRoadmap, RoadmapImportFailure>
{
    private RoadmapImportResult(OneOf<MentorshipRoadmap, RoadmapImportFailure> value)
        : base(value)
    {
    }

    /// <summary>Whether the table was imported.</summary>
    public bool IsSuccess => IsT0;

    /// <summary>The roadmap; throws <see cref="System.InvalidOperationException"/> on a failure.</summary>
    public MentorshipRoadmap Roadmap => AsT0;

    /// <summary>The failure; throws <see cref="System.InvalidOperationException"/> on a success.</summary>
    public RoadmapImportFailure Failure => AsT1;

    /// <summary>An imported roadmap.</summary>
    /// <param name="roadmap">The roadmap.</param>
    /// <returns>The result.</returns>
    public static RoadmapImportResult Success(MentorshipRoadmap roadmap) => new(Guard.Against.Null(roadmap));

    /// <summary>A table not imported.</summary>
    /// <param name="failure">Why.</param>
    /// <returns>The result.</returns>
    public static RoadmapImportResult Failed(RoadmapImportFailure failure) => new(Guard.Against.Null(failure));
}
