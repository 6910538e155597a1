using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// Several timings in one cell, in order: «Май –декабрь Апрель Апрель». Code <c>several</c>. When a cell lists
/// as many timings as the activity has deliverables, the importer gives the n-th timing to the n-th
/// deliverable. Read for a year, it gives every part's windows, in order.
/// </summary>
public sealed class CompositeTiming : Timing
{
    private CompositeTiming(IReadOnlyList<Timing> parts) => Parts = parts;

    /// <summary>The timings, in the order written; at least two, none of them composite.</summary>
    public IReadOnlyList<Timing> Parts { get; }

    /// <inheritdoc />
    public override string Code => "several";

    /// <summary>Creates the timing.</summary>
    /// <param name="parts">At least two timings, none of them composite.</param>
    /// <returns>The timing.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="parts"/> or one of them is null.</exception>
    /// <exception cref="System.ArgumentException">Fewer than two parts, or a composite part.</exception>
    public static CompositeTiming Create(IEnumerable<Timing> parts)
    {
        Guard.Against.Null(parts);
        var list = parts.ToArray();
        if (list.Length < 2 || list.Any(p => p is null or CompositeTiming))
        {
            throw new System.ArgumentException("A composite timing has at least two parts, none null or composite.", nameof(parts));
        }

        return new CompositeTiming(list);
    }

    /// <inheritdoc />
    public override IReadOnlyList<DateInterval> WindowsFor(int year) => [.. Parts.SelectMany(p => p.WindowsFor(year))];

    /// <inheritdoc />
    public override string ToString() => string.Join("; ", Parts.Select(p => p.ToString()));
}
