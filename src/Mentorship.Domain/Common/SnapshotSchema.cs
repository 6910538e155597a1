using System;
using System.Globalization;
using NodaTime;

namespace Mentorship.Domain.Common;

/// <summary>
/// The version of the snapshots' shape, written into every aggregate's top-level snapshot (<c>SchemaVersion</c>) and
/// checked by its <c>FromSnapshot</c>: a snapshot of a newer shape than this library knows, or of none, is refused
/// rather than read wrongly. Raised when a snapshot's meaning changes; a host migrates older snapshots before restoring.
/// </summary>
public static class SnapshotSchema
{
    /// <summary>The shape this library writes and reads (1).</summary>
    public const int Current = 1;

    /// <summary>Checks a snapshot's schema version.</summary>
    /// <param name="version">The version read.</param>
    /// <param name="field">The field's name, for the exception.</param>
    /// <exception cref="ArgumentException">The version is below 1 or above <see cref="Current"/>.</exception>
    public static void Check(int version, string field)
    {
        if (version < 1 || version > Current)
        {
            throw new ArgumentException(
                "Invalid snapshot: " + field + " is " + version.ToString(CultureInfo.InvariantCulture)
                + "; this library reads schema version 1 to " + Current.ToString(CultureInfo.InvariantCulture) + ".",
                field);
        }
    }

    /// <summary>
    /// A date read from a snapshot, refused when it is the default 0001-01-01: what System.Text.Json writes for a
    /// <see cref="LocalDate"/> without NodaTime's converters, never a real date of this domain.
    /// </summary>
    /// <param name="value">The date.</param>
    /// <param name="field">The field's name, for the exception.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentException">The date is the default value.</exception>
    public static LocalDate Date(LocalDate value, string field) =>
        value == default
            ? throw new ArgumentException($"Invalid snapshot: {field} is the default date 0001-01-01 (was the JSON written without NodaTime's converters?).", field)
            : value;

    /// <summary>An optional date read from a snapshot: <see langword="null"/> stays, the default date is refused.</summary>
    /// <param name="value">The date, or <see langword="null"/>.</param>
    /// <param name="field">The field's name, for the exception.</param>
    /// <returns>The date, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentException">The date is the default value.</exception>
    public static LocalDate? Date(LocalDate? value, string field) => value is { } v ? Date(v, field) : null;
}
