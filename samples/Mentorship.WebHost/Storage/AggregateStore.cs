using Mentorship.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.WebHost.Storage;

/// <summary>
/// Reads aggregates from their rows and writes them back, in one unit of work per request (scoped). Every write is
/// conditional on the version read: a lost update becomes a <see cref="ConcurrencyConflictException"/>, and
/// everything changed in the request is saved together or not at all.
/// </summary>
public sealed partial class AggregateStore(MentorshipDbContext db, ILogger<AggregateStore> logger)
{
    private readonly List<(string Kind, YearKey Key, object Aggregate)> _changed = [];

    public MentorshipDbContext Database => db;

    /// <summary>Whether the last save lost to another writer (the request may be run again on fresh rows).</summary>
    public bool SaveConflicted { get; private set; }

    /// <summary>Forgets everything read and changed in this unit of work, so that the request can run again on fresh rows.</summary>
    public void Reset()
    {
        db.ChangeTracker.Clear();
        _changed.Clear();
        SaveConflicted = false;
    }

    /// <summary>Reads an aggregate, tracked for a later save; <see langword="null"/> when there is none.</summary>
    public async Task<Stored<TAggregate, TRow>?> FindAsync<TAggregate, TRow>(
        AggregateKind<TAggregate, TRow> kind, YearKey key, CancellationToken cancellationToken)
        where TAggregate : class
        where TRow : YearRow, new()
    {
        var org = key.OrganizationId.Value;
        var row = await kind.Table(db).FirstOrDefaultAsync(r => r.OrganizationId == org && r.Year == key.Year, cancellationToken);
        return row is null ? null : new Stored<TAggregate, TRow>(kind, row, kind.Read(row.Snapshot));
    }

    /// <summary>Reads an aggregate without tracking it (for pages and queries).</summary>
    public async Task<(TAggregate Aggregate, int Version)?> ReadAsync<TAggregate, TRow>(
        AggregateKind<TAggregate, TRow> kind, YearKey key, CancellationToken cancellationToken)
        where TAggregate : class
        where TRow : YearRow, new()
    {
        var org = key.OrganizationId.Value;
        var row = await kind.Table(db).AsNoTracking().FirstOrDefaultAsync(r => r.OrganizationId == org && r.Year == key.Year, cancellationToken);
        return row is null ? null : (kind.Read(row.Snapshot), row.Version);
    }

    /// <summary>Adds a new aggregate at version 1 (written on save; a concurrent creation of the same key is a conflict).</summary>
    public Stored<TAggregate, TRow> Add<TAggregate, TRow>(AggregateKind<TAggregate, TRow> kind, YearKey key, TAggregate aggregate)
        where TAggregate : class
        where TRow : YearRow, new()
    {
        var row = new TRow { OrganizationId = key.OrganizationId.Value, Year = key.Year, Snapshot = kind.Write(aggregate), Version = 1 };
        kind.Table(db).Add(row);
        _changed.Add((kind.Name, key, aggregate));
        return new Stored<TAggregate, TRow>(kind, row, aggregate);
    }

    /// <summary>Writes a changed aggregate into its row, moving it to the next version (saved by <see cref="SaveAsync"/>).</summary>
    public void Update<TAggregate, TRow>(Stored<TAggregate, TRow> stored)
        where TAggregate : class
        where TRow : YearRow, new()
    {
        stored.MarkChanged();
        _changed.Add((stored.KindName, stored.Key, stored.Aggregate));
    }

    /// <summary>Saves every change of the request in one transaction.</summary>
    /// <exception cref="ConcurrencyConflictException">Another writer got there first; nothing was saved.</exception>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException e)
        {
            SaveConflicted = true;
            var what = string.Join(", ", _changed.Select(c => $"{c.Kind} {c.Key}").Distinct());
            throw new ConcurrencyConflictException(
                $"Пока изменение сохранялось, другой координатор изменил данные ({what}). Ничего не сохранено: обновите данные и повторите изменение.", e);
        }
        catch (DbUpdateException e) when (db.ChangeTracker.Entries().Any(x => x.State == EntityState.Added))
        {
            // The only constraint a new row can break is its key: someone created the same aggregate meanwhile.
            SaveConflicted = true;
            var what = string.Join(", ", _changed.Select(c => $"{c.Kind} {c.Key}").Distinct());
            throw new ConcurrencyConflictException(
                $"Другой координатор в то же время создал те же данные ({what}). Ничего не сохранено: обновите данные и повторите изменение.", e);
        }

        // Events carry identifiers only, and only their type and the aggregate's key are logged.
        foreach (var (kind, key, aggregate) in _changed)
        {
            foreach (var domainEvent in aggregate is AggregateRoot root ? root.DequeueEvents() : [])
            {
                LogEvent(logger, domainEvent.GetType().Name, kind, key);
            }
        }

        _changed.Clear();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Event} in the {Kind} {Key}")]
    private static partial void LogEvent(ILogger logger, string @event, string kind, YearKey key);
}
