using System;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.People;

/// <summary>
/// The code of a professional request topic, such as <c>digital</c> or <c>subject-methods</c>:
/// 1 to 40 characters, lower-case Latin letters, digits and single hyphens inside. Compared ordinally.
/// </summary>
/// <remarks>The default value is not a valid code: obtain one through <see cref="From"/> or <see cref="TryParse"/>.</remarks>
public readonly struct TopicCode : IEquatable<TopicCode>, IComparable<TopicCode>
{
    /// <summary>The longest code accepted.</summary>
    public const int MaxLength = 40;

    private readonly string? _value;

    private TopicCode(string value) => _value = value;

    /// <summary>The code's text; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Creates a code, throwing on a malformed one.</summary>
    /// <param name="value">The text, e.g. <c>digital</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a well-formed code.</exception>
    public static TopicCode From(string value)
    {
        Guard.Against.Null(value);
        if (!TryParse(value, out var code))
        {
            throw new ArgumentException(
                "A topic code is 1 to 40 lower-case Latin letters, digits and inner hyphens.", nameof(value));
        }

        return code;
    }

    /// <summary>Reads a code without throwing; surrounding white space is ignored.</summary>
    /// <param name="value">The text.</param>
    /// <param name="code">The code when the text is well formed.</param>
    /// <returns>Whether the text is a well-formed code.</returns>
    public static bool TryParse(string? value, out TopicCode code)
    {
        code = default;
        if (value is null)
        {
            return false;
        }

        var text = value.Trim();
        if (text.Length is 0 or > MaxLength || text[0] == '-' || text[text.Length - 1] == '-')
        {
            return false;
        }

        var previousHyphen = false;
        foreach (var c in text)
        {
            var hyphen = c == '-';
            if (!(hyphen || c is >= 'a' and <= 'z' || c is >= '0' and <= '9') || (hyphen && previousHyphen))
            {
                return false;
            }

            previousHyphen = hyphen;
        }

        code = new TopicCode(text);
        return true;
    }

    /// <summary>Equality (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(TopicCode left, TopicCode right) => left.Equals(right);

    /// <summary>Inequality (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TopicCode left, TopicCode right) => !left.Equals(right);

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts before right.</returns>
    public static bool operator <(TopicCode left, TopicCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts after right.</returns>
    public static bool operator >(TopicCode left, TopicCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts before or equal to right.</returns>
    public static bool operator <=(TopicCode left, TopicCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal ordering.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left sorts after or equal to right.</returns>
    public static bool operator >=(TopicCode left, TopicCode right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool Equals(TopicCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TopicCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(TopicCode other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
