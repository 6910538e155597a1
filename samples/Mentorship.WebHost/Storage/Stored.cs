
namespace Mentorship.WebHost.Storage;

/// <summary>An aggregate read from its row, tracked until the store saves.</summary>
/// <typeparam name="TAggregate">The aggregate.</typeparam>
/// <typeparam name="TRow">Its row.</typeparam>
public sealed class Stored<TAggregate, TRow>
    where TAggregate : class
    where TRow : YearRow, new()
{
    private readonly AggregateKind<TAggregate, TRow> _kind;
    private readonly TRow _row;

    public Stored(AggregateKind<TAggregate, TRow> kind, TRow row, TAggregate aggregate)
    {
        _kind = kind;
        _row = row;
        Aggregate = aggregate;
    }

    public TAggregate Aggregate { get; }

    /// <summary>The version read (or, after <see cref="MarkChanged"/>, the version that will be written).</summary>
    public int Version => _row.Version;

    public YearKey Key => new(Mentorship.Domain.People.OrganizationId.From(_row.OrganizationId), _row.Year);

    public string KindName => _kind.Name;

    /// <summary>Writes the aggregate's snapshot into the row and moves to the next version; the store's save is conditional on the old one.</summary>
    public void MarkChanged()
    {
        _row.Snapshot = _kind.Write(Aggregate);
        _row.Version++;
    }
}
