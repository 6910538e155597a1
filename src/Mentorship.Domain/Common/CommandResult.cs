using OneOf;

namespace Mentorship.Domain.Common;

/// <summary>
/// The outcome of a command that returns no value: <see cref="Accepted"/>, or a <see cref="Rejection"/>
/// that lists the broken rules (and then nothing was changed).
/// </summary>
public sealed class CommandResult : OneOfBase<Accepted, Rejection>
{
    private CommandResult(OneOf<Accepted, Rejection> value)
        : base(value)
    {
    }

    /// <summary>The command was carried out.</summary>
    public static CommandResult Ok { get; } = new(Accepted.Instance);

    /// <summary>Whether the command was carried out.</summary>
    public bool IsAccepted => IsT0;

    /// <summary>The rejection; throws if the command was accepted.</summary>
    public Rejection Rejection => AsT1;

    /// <summary>A refused command.</summary>
    /// <param name="rejection">Why.</param>
    /// <returns>The result.</returns>
    public static CommandResult Refused(Rejection rejection) => new(rejection);

    /// <summary>A refused command with one broken rule.</summary>
    /// <param name="violation">Why.</param>
    /// <returns>The result.</returns>
    public static CommandResult Refused(RuleViolation violation) => new(new Rejection(violation));

    /// <summary>Converts a rejection.</summary>
    /// <param name="rejection">The rejection.</param>
    public static implicit operator CommandResult(Rejection rejection) => new(rejection);
}
