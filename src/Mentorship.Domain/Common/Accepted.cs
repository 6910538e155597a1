namespace Mentorship.Domain.Common;

/// <summary>The outcome of a command that was carried out and returns nothing else.</summary>
public sealed class Accepted
{
    private Accepted()
    {
    }

    /// <summary>The single instance.</summary>
    public static Accepted Instance { get; } = new();

    /// <inheritdoc />
    public override string ToString() => "accepted";
}
