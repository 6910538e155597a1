using Mentorship.Domain.People;
using Mentorship.WebHost.Application;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>A mentor's written consent to mentoring duties (Labour Code art. 351.8): content, period, form and pay.</summary>
public sealed record MentoringConsentInput(
    LocalDate? SignedOn,
    string? Content,
    LocalDate? PeriodStart,
    LocalDate? PeriodEnd,
    MentorshipForm? Form,
    decimal? MonthlySupplementRoubles,
    string? PayDescription,
    string? AgreementNumber)
{
    internal MentoringConsent? ToConsent(InputErrors errors, string prefix)
    {
        var signedOn = errors.Required(SignedOn, Field(prefix, "signedOn"));
        var content = errors.Required(Content, Field(prefix, "content"));
        var start = errors.Required(PeriodStart, Field(prefix, "periodStart"));
        var end = errors.Required(PeriodEnd, Field(prefix, "periodEnd"));
        var supplement = errors.Required(MonthlySupplementRoubles, Field(prefix, "monthlySupplementRoubles"));
        if (signedOn is null || content is null || start is null || end is null || supplement is null)
        {
            return null;
        }

        if (end < start)
        {
            errors.Add(Field(prefix, "periodEnd"), "Срок не может закончиться раньше, чем начался.");
            return null;
        }

        var pay = errors.Try(Field(prefix, "monthlySupplementRoubles"), () => new PayTerms(supplement.Value, PayDescription ?? string.Empty));
        return pay is null
            ? null
            : errors.Try(Field(prefix, "periodStart"), () => new MentoringConsent(
                signedOn.Value, content, new DateInterval(start.Value, end.Value), Form ?? MentorshipForm.Individual, pay, AgreementNumber));
    }

    private static string Field(string prefix, string name) => prefix.Length == 0 ? name : $"{prefix}.{name}";
}
