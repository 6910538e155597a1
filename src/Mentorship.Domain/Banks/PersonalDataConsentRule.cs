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
            return RuleViolation.Create(nameof(PersonalDataConsentRule), Missing, subject);
        }

        if (consent.WithdrawnOn is { } withdrawn && withdrawn <= on)
        {
            return RuleViolation.Create(nameof(PersonalDataConsentRule), Withdrawn, subject, ViolationArgument.Date("withdrawn", withdrawn));
        }

        if (consent.GivenOn > on)
        {
            return NotYetGivenOn(consent.GivenOn, on, subject);
        }

        return null;
    }

    /// <summary>The violation of a consent given after the date it is needed on (or withdrawn before it was given).</summary>
    internal static RuleViolation NotYetGivenOn(LocalDate given, LocalDate on, string? subject) =>
        RuleViolation.Create(nameof(PersonalDataConsentRule), NotYetGiven, subject, ViolationArgument.Date("given", given), ViolationArgument.Date("on", on));
}
