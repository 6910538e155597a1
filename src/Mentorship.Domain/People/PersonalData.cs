using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.People;

/// <summary>
/// The personal data of an educator that the library stores: full name, birth date, contacts.
/// It is erased when the person withdraws consent to its processing.
/// </summary>
/// <remarks><see cref="ToString"/> deliberately reveals nothing.</remarks>
public sealed class PersonalData
{
    /// <summary>Creates the personal data of one person.</summary>
    /// <param name="fullName">The full name (ФИО).</param>
    /// <param name="birthDate">The birth date.</param>
    /// <param name="email">An e-mail address; optional.</param>
    /// <param name="phone">A phone number; optional.</param>
    /// <exception cref="System.ArgumentException">The name is blank.</exception>
    public PersonalData(string fullName, LocalDate birthDate, string? email = null, string? phone = null)
    {
        FullName = Guard.Against.NullOrWhiteSpace(fullName).Trim();
        BirthDate = birthDate;
        Email = string.IsNullOrWhiteSpace(email) ? null : email!.Trim();
        Phone = string.IsNullOrWhiteSpace(phone) ? null : phone!.Trim();
    }

    /// <summary>The full name.</summary>
    public string FullName { get; }

    /// <summary>The birth date.</summary>
    public LocalDate BirthDate { get; }

    /// <summary>The e-mail address, or <see langword="null"/>.</summary>
    public string? Email { get; }

    /// <summary>The phone number, or <see langword="null"/>.</summary>
    public string? Phone { get; }

    /// <summary>The age in whole years on a date.</summary>
    /// <param name="on">The date.</param>
    /// <returns>Completed years of life on that date.</returns>
    public int AgeOn(LocalDate on) => Period.Between(BirthDate, on, PeriodUnits.Years).Years;

    /// <inheritdoc />
    public override string ToString() => "PersonalData [redacted]";
}
