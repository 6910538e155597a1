using System;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.People;

/// <summary>
/// The worker's written consent to mentoring duties under Labour Code art. 351.8, with the terms the
/// employment contract or a supplementary agreement must state: content, period, form and pay.
/// </summary>
public sealed class MentoringConsent
{
    /// <summary>Creates a signed consent.</summary>
    /// <param name="signedOn">The date it was signed.</param>
    /// <param name="content">The content of the mentoring duties.</param>
    /// <param name="period">The period of mentoring; both ends included.</param>
    /// <param name="form">The form of mentorship.</param>
    /// <param name="payTerms">The pay for the duties.</param>
    /// <param name="agreementNumber">The number of the supplementary agreement, if any.</param>
    /// <exception cref="ArgumentException">The content is blank, or the period starts before signing.</exception>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    public MentoringConsent(
        LocalDate signedOn,
        string content,
        DateInterval period,
        MentorshipForm form,
        PayTerms payTerms,
        string? agreementNumber = null)
    {
        Guard.Against.Null(period);
        if (period.Start < signedOn)
        {
            throw new ArgumentException("The mentoring period cannot start before the consent is signed.", nameof(period));
        }

        SignedOn = signedOn;
        Content = Guard.Against.NullOrWhiteSpace(content).Trim();
        Period = period;
        Form = Guard.Against.EnumOutOfRange(form);
        PayTerms = Guard.Against.Null(payTerms);
        AgreementNumber = string.IsNullOrWhiteSpace(agreementNumber) ? null : agreementNumber!.Trim();
    }

    /// <summary>The date it was signed.</summary>
    public LocalDate SignedOn { get; }

    /// <summary>The content of the mentoring duties.</summary>
    public string Content { get; }

    /// <summary>The period of mentoring, both ends included.</summary>
    public DateInterval Period { get; }

    /// <summary>The form of mentorship.</summary>
    public MentorshipForm Form { get; }

    /// <summary>The pay for the duties.</summary>
    public PayTerms PayTerms { get; }

    /// <summary>The number of the supplementary agreement, if any.</summary>
    public string? AgreementNumber { get; }

    /// <summary>Whether the consent covers a date: signed by then and the date inside the period.</summary>
    /// <param name="on">The date.</param>
    /// <returns><see langword="true"/> if it covers the date.</returns>
    public bool Covers(LocalDate on) => SignedOn <= on && Period.Contains(on);

    /// <summary>The stored form of this consent.</summary>
    /// <returns>The snapshot.</returns>
    public MentoringConsentSnapshot ToSnapshot() =>
        new(SignedOn, Content, Period.Start, Period.End, Form, PayTerms.MonthlySupplementRoubles, PayTerms.Description, AgreementNumber);

    /// <summary>Restores a consent from its stored form.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The consent.</returns>
    /// <exception cref="ArgumentException">The snapshot holds invalid values.</exception>
    public static MentoringConsent FromSnapshot(MentoringConsentSnapshot snapshot)
    {
        Guard.Against.Null(snapshot);
        return new MentoringConsent(
            SnapshotSchema.Date(snapshot.SignedOn, "MentoringConsent.SignedOn"),
            snapshot.Content,
            new DateInterval(SnapshotSchema.Date(snapshot.PeriodStart, "MentoringConsent.PeriodStart"), SnapshotSchema.Date(snapshot.PeriodEnd, "MentoringConsent.PeriodEnd")),
            snapshot.Form,
            new PayTerms(snapshot.MonthlySupplementRoubles, snapshot.PayDescription),
            snapshot.AgreementNumber);
    }

    /// <inheritdoc />
    public override string ToString() => $"mentoring consent {Period.Start:uuuu-MM-dd}..{Period.End:uuuu-MM-dd} ({Form})";
}
