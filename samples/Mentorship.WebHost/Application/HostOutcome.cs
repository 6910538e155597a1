namespace Mentorship.WebHost.Application;

/// <summary>The result of a host operation: a value with the aggregate's version, or a <see cref="HostFailure"/>.</summary>
/// <typeparam name="T">The value.</typeparam>
public sealed class HostOutcome<T>
{
    private HostOutcome(T? value, int version, bool created, HostFailure? failure)
    {
        Value = value;
        Version = version;
        Created = created;
        Failure = failure;
    }

    public T? Value { get; }

    /// <summary>The aggregate's version after the operation (0 when not versioned).</summary>
    public int Version { get; }

    public bool Created { get; }

    public HostFailure? Failure { get; }

    public bool Succeeded => Failure is null;

    public static HostOutcome<T> Ok(T value, int version = 0) => new(value, version, false, null);

    public static HostOutcome<T> New(T value, int version) => new(value, version, true, null);

    public static implicit operator HostOutcome<T>(HostFailure failure) => new(default, 0, false, failure);
}
