using System;
using NodaTime;

namespace Mentorship.Domain.People;

/// <summary>
/// Consent to the processing of personal data (152-ФЗ): given on a date, possibly withdrawn on a later
/// date. Valid on every day from <see cref="GivenOn"/> up to, but not including, <see cref="WithdrawnOn"/>.
/// </summary>
public sealed class PersonalDataConsent : IEquatable<PersonalDataConsent>
{
    private PersonalDataConsent(LocalDate givenOn, LocalDate? withdrawnOn)
    {
        GivenOn = givenOn;
        WithdrawnOn = withdrawnOn;
    }

    /// <summary>The date the written consent was given.</summary>
    public LocalDate GivenOn { get; }

    /// <summary>The date it was withdrawn, or <see langword="null"/> while in force.</summary>
    public LocalDate? WithdrawnOn { get; }

    /// <summary>Whether the consent has been withdrawn (on any date).</summary>
    public bool IsWithdrawn => WithdrawnOn.HasValue;

    /// <summary>A consent given on a date.</summary>
    /// <param name="givenOn">The date.</param>
    /// <returns>The consent.</returns>
    public static PersonalDataConsent Given(LocalDate givenOn) => new(givenOn, null);

    /// <summary>Restores a consent from stored values.</summary>
    /// <param name="givenOn">The date it was given.</param>
    /// <param name="withdrawnOn">The date it was withdrawn, if it was.</param>
    /// <returns>The consent.</returns>
    /// <exception cref="ArgumentException">It would be withdrawn before it was given.</exception>
    public static PersonalDataConsent Restore(LocalDate givenOn, LocalDate? withdrawnOn)
    {
        if (withdrawnOn is { } w && w < givenOn)
        {
            throw new ArgumentException($"A consent cannot be withdrawn ({w:uuuu-MM-dd}) before it was given ({givenOn:uuuu-MM-dd}).", nameof(withdrawnOn));
        }

        return new PersonalDataConsent(givenOn, withdrawnOn);
    }

    /// <summary>Whether the consent is in force on a date.</summary>
    /// <param name="on">The date.</param>
    /// <returns><see langword="true"/> if given on or before the date and not withdrawn by then.</returns>
    public bool IsValidOn(LocalDate on) => GivenOn <= on && (WithdrawnOn is not { } w || on < w);

    /// <summary>The same consent withdrawn on a date.</summary>
    /// <param name="on">The date of withdrawal.</param>
    /// <returns>The withdrawn consent.</returns>
    /// <exception cref="InvalidOperationException">It was already withdrawn.</exception>
    /// <exception cref="ArgumentException">The date is before the consent was given.</exception>
    public PersonalDataConsent Withdraw(LocalDate on)
    {
        if (IsWithdrawn)
        {
            throw new InvalidOperationException("The consent has already been withdrawn.");
        }

        return Restore(GivenOn, on);
    }

    /// <inheritdoc />
    public bool Equals(PersonalDataConsent? other) =>
        other is not null && GivenOn == other.GivenOn && WithdrawnOn == other.WithdrawnOn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PersonalDataConsent);

    /// <inheritdoc />
    public override int GetHashCode() => (GivenOn, WithdrawnOn).GetHashCode();

    /// <inheritdoc />
    public override string ToString() => WithdrawnOn is { } w ? $"consent {GivenOn:uuuu-MM-dd}..{w:uuuu-MM-dd}" : $"consent since {GivenOn:uuuu-MM-dd}";
}
