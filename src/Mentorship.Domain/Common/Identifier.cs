using System;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Common;

/// <summary>Validation shared by the identifier value types.</summary>
internal static class Identifier
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = 64;

    /// <summary>Checks that <paramref name="value"/> is a usable identifier and returns it trimmed.</summary>
    public static string Validate(string value, string parameterName)
    {
        Guard.Against.NullOrWhiteSpace(value, parameterName);
        var trimmed = value.Trim();
        if (trimmed.Length > MaxLength)
        {
            throw new ArgumentException($"An identifier is at most {MaxLength} characters long.", parameterName);
        }

        foreach (var c in trimmed)
        {
            if (char.IsControl(c))
            {
                throw new ArgumentException("An identifier contains no control characters.", parameterName);
            }
        }

        return trimmed;
    }
}
