using NodaTime;

namespace Mentorship.Domain.People;

/// <summary>The stored form of a <see cref="MentoringConsent"/>.</summary>
/// <param name="SignedOn">The date it was signed.</param>
/// <param name="Content">The content of the duties.</param>
/// <param name="PeriodStart">The first day of the period.</param>
/// <param name="PeriodEnd">The last day of the period (included).</param>
/// <param name="Form">The form of mentorship.</param>
/// <param name="MonthlySupplementRoubles">The monthly supplement in roubles.</param>
/// <param name="PayDescription">How the pay is set.</param>
/// <param name="AgreementNumber">The supplementary agreement's number, if any.</param>
public sealed record MentoringConsentSnapshot(
    LocalDate SignedOn,
    string Content,
    LocalDate PeriodStart,
    LocalDate PeriodEnd,
    MentorshipForm Form,
    decimal MonthlySupplementRoubles,
    string PayDescription,
    string? AgreementNumber);
