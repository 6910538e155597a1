using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Roadmap;

/// <summary>A roadmap table that was not imported, with every problem found, first line first. Nothing was imported.</summary>
public sealed class RoadmapImportFailure
{
    /// <summary>Creates the failure.</summary>
    /// <param name="errors">At least one error.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="errors"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="errors"/> is empty.</exception>
    public RoadmapImportFailure(IEnumerable<RoadmapImportError> errors)
    {
        Guard.Against.Null(errors);
        Errors = [.. errors.OrderBy(e => e.LineNumber)];
        Guard.Against.Zero(Errors.Count, nameof(errors));
    }

    /// <summary>The problems, ordered by line; never empty.</summary>
    public IReadOnlyList<RoadmapImportError> Errors { get; }

    /// <inheritdoc />
    public override string ToString() => string.Join("; ", Errors);
}
