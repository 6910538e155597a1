using System;
using System.Text;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// A role responsible for roadmap activities, as a roadmap names it: «директор», «заместитель директора»,
/// «методический совет». Roles, not people: a roadmap names no person.
/// </summary>
/// <remarks>
/// The name is normalised so that «Директор» and «директор» are the same party: surrounding and repeated
/// white space is removed and the first letter is lower-cased unless the first word is an abbreviation
/// (two capitals, as «ЗДУВР»). Compared ordinally after normalisation. Immutable.
/// </remarks>
public sealed class ResponsibleParty : IEquatable<ResponsibleParty>
{
    /// <summary>The longest name, in characters after normalisation.</summary>
    public const int MaxLength = 200;

    private ResponsibleParty(string name) => Name = name;

    /// <summary>The normalised name.</summary>
    public string Name { get; }

    /// <summary>Creates a party from its name as written.</summary>
    /// <param name="name">The name, e.g. «Директор».</param>
    /// <returns>The party.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or longer than 200 characters.</exception>
    public static ResponsibleParty From(string name)
    {
        Guard.Against.NullOrWhiteSpace(name);
        var builder = new StringBuilder(name.Length);
        foreach (var part in name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(part);
        }

        if (builder.Length > MaxLength)
        {
            throw new ArgumentException("A responsible party's name is at most 200 characters long.", nameof(name));
        }

        if (char.IsUpper(builder[0]) && !(builder.Length > 1 && char.IsUpper(builder[1])))
        {
            builder[0] = char.ToLowerInvariant(builder[0]);
        }

        return new ResponsibleParty(builder.ToString());
    }

    /// <summary>The length a name has once normalised (words joined by one space), checked against <see cref="MaxLength"/>.</summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The normalised length.</returns>
    internal static int NormalizedLength(string name)
    {
        var length = 0;
        foreach (var part in name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            length += (length > 0 ? 1 : 0) + part.Length;
        }

        return length;
    }

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both name the same party.</returns>
    public static bool operator ==(ResponsibleParty? left, ResponsibleParty? right) => Equals(left, right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they name different parties.</returns>
    public static bool operator !=(ResponsibleParty? left, ResponsibleParty? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(ResponsibleParty? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ResponsibleParty other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc />
    public override string ToString() => Name;
}
