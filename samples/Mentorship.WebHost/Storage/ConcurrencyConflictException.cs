namespace Mentorship.WebHost.Storage;

/// <summary>
/// Another writer changed (or created) an aggregate between this request's read and its write. Nothing of the
/// request was saved: the transaction of <see cref="AggregateStore.SaveAsync"/> rolled back as a whole.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
