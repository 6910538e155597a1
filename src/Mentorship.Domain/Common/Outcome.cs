using OneOf;

namespace Mentorship.Domain.Common;

/// <summary>
/// The outcome of a command that produces a value: the value, or a <see cref="Rejection"/> listing the
/// broken rules (and then nothing was changed).
/// </summary>
/// <typeparam name="T">The type of the value produced.</typeparam>
public sealed class Outcome<T> : OneOfBase<T, Rejection>
{
    private Outcome(OneOf<T, Rejection> value)
        : base(value)
    {
    }

    /// <summary>Whether the command was carried out.</summary>
    public bool IsAccepted => IsT0;

    /// <summary>The value; throws <see cref="System.InvalidOperationException"/> if the command was refused.</summary>
    public new T Value => AsT0;

    /// <summary>The rejection; throws <see cref="System.InvalidOperationException"/> if the command was accepted.</summary>
    public Rejection Rejection => AsT1;

    /// <summary>A successful outcome.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The outcome.</returns>
    public static Outcome<T> Success(T value) => new(value);

    /// <summary>A refused command.</summary>
    /// <param name="rejection">Why.</param>
    /// <returns>The outcome.</returns>
    public static Outcome<T> Refused(Rejection rejection) => new(rejection);

    /// <summary>Converts a value.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Outcome<T>(T value) => new(value);

    /// <summary>Converts a rejection.</summary>
    /// <param name="rejection">The rejection.</param>
    public static implicit operator Outcome<T>(Rejection rejection) => new(rejection);
}
