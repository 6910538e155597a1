using System;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.People;

/// <summary>
/// The identifier of an organisation, as the host system knows it (an OGRN, a code, a GUID).
/// Compared ordinally; trimmed; 1 to 64 characters without control characters.
/// </summary>
/// <remarks>The default value is not a valid identifier: obtain one through <see cref="From"/>.</remarks>
public readonly struct OrganizationId : IEquatable<OrganizationId>, IComparable<OrganizationId>
{
    private readonly string? _value;

    private OrganizationId(string value) => _value = value;

    /// <summary>The identifier's text; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The text of the identifier.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank, too long or has control characters.</exception>
    public static OrganizationId From(string value) => new(Identifier.Validate(value, nameof(value)));

    /// <summary>Equality of identifiers (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(OrganizationId left, OrganizationId right) => left.Equals(right);

    /// <summary>Inequality of identifiers (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(OrganizationId left, OrganizationId right) => !left.Equals(right);

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts before right.</returns>
    public static bool operator <(OrganizationId left, OrganizationId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts after right.</returns>
    public static bool operator >(OrganizationId left, OrganizationId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts before or equal to right.</returns>
    public static bool operator <=(OrganizationId left, OrganizationId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts after or equal to right.</returns>
    public static bool operator >=(OrganizationId left, OrganizationId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(OrganizationId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OrganizationId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(OrganizationId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
