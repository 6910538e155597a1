using System;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// The identifier of a mentoring pair or group in a <see cref="PairingRegister"/>, such as <c>2026-007</c>.
/// Compared ordinally; trimmed; 1 to 64 characters without control characters.
/// </summary>
/// <remarks>The default value is not a valid identifier: obtain one through <see cref="From"/>.</remarks>
public readonly struct MentoringUnitId : IEquatable<MentoringUnitId>, IComparable<MentoringUnitId>
{
    private readonly string? _value;

    private MentoringUnitId(string value) => _value = value;

    /// <summary>The identifier's text; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The text of the identifier.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank, too long or has control characters.</exception>
    public static MentoringUnitId From(string value) => new(Identifier.Validate(value, nameof(value)));

    /// <summary>Equality (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(MentoringUnitId left, MentoringUnitId right) => left.Equals(right);

    /// <summary>Inequality (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(MentoringUnitId left, MentoringUnitId right) => !left.Equals(right);

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts before right.</returns>
    public static bool operator <(MentoringUnitId left, MentoringUnitId right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts after right.</returns>
    public static bool operator >(MentoringUnitId left, MentoringUnitId right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts before or equal to right.</returns>
    public static bool operator <=(MentoringUnitId left, MentoringUnitId right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts after or equal to right.</returns>
    public static bool operator >=(MentoringUnitId left, MentoringUnitId right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(MentoringUnitId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MentoringUnitId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(MentoringUnitId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
