using System.Collections.Generic;

namespace Mentorship.Domain.Common;

/// <summary>
/// Base of every aggregate: collects the domain events raised by its commands until the host takes them.
/// </summary>
/// <remarks>Aggregates are not thread-safe: a host serialises the commands sent to one instance.</remarks>
public abstract class AggregateRoot
{
    private readonly List<DomainEvent> _events = [];

    /// <summary>The events raised since the last call to <see cref="DequeueEvents"/>, oldest first.</summary>
    public IReadOnlyList<DomainEvent> PendingEvents => _events;

    /// <summary>Returns the pending events, oldest first, and forgets them.</summary>
    /// <returns>The events raised since the previous call.</returns>
    public IReadOnlyList<DomainEvent> DequeueEvents()
    {
        var copy = _events.ToArray();
        _events.Clear();
        return copy;
    }

    /// <summary>Records an event raised by a command of the derived aggregate.</summary>
    /// <param name="domainEvent">The event.</param>
    protected void Raise(DomainEvent domainEvent) => _events.Add(domainEvent);
}
