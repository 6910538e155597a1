namespace Mentorship.WebHost.Storage;

/// <summary>
/// One stored aggregate: its key columns (in the derived row), its snapshot as JSON, and a version number that is
/// the optimistic-concurrency token: every update is conditional on the version read, and increments it.
/// </summary>
public abstract class AggregateRow
{
    /// <summary>The aggregate's snapshot as JSON (<see cref="SnapshotJson"/>).</summary>
    public string Snapshot { get; set; } = string.Empty;

    /// <summary>1 when created; one more on every change.</summary>
    public int Version { get; set; }
}
