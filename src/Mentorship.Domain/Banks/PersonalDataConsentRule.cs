using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Banks;

/// <summary>Nobody enters a bank, or stays in it, without consent to personal-data processing in force on the date.</summary>
public static class PersonalDataConsentRule
{
    /// <summary>Code: no consent was given.</summary>
    public const string Missing = "personal-data-consent.missing";

    /// <summary>Code: the consent was withdrawn on or before the date.</summary>
    public const string Withdrawn = "personal-data-consent.withdrawn";

    /// <summary>Code: the consent is dated after the date.</summary>
    public const string NotYetGiven = "personal-data-consent.not-yet-given";

    /// <summary>Checks the consent on a date.</summary>
    /// <param name="consent">The consent, or null when none was given.</param>
    /// <param name="on">The date.</param>
    /// <param name="subject">The person's identifier.</param>
    /// <returns>The violation, or <see langword="null"/> when the consent is in force.</returns>
    public static RuleViolation? Check(PersonalDataConsent? consent, LocalDate on, string? subject = null)
    {
        if (consent is null)
        {
            return Violation(Missing, "There is no consent to personal-data processing.", subject);
        }

        if (consent.WithdrawnOn is { } withdrawn && withdrawn <= on)
        {
            return Violation(Withdrawn, $"The consent to personal-data processing was withdrawn on {withdrawn:uuuu-MM-dd}.", subject);
        }

        if (consent.GivenOn > on)
        {
            return Violation(NotYetGiven, $"The consent to personal-data processing is dated {consent.GivenOn:uuuu-MM-dd}, after {on:uuuu-MM-dd}.", subject);
        }

        return null;
    }

    private static RuleViolation Violation(string code, string message, string? subject) =>
        new(nameof(PersonalDataConsentRule), code, message, subject);
}
