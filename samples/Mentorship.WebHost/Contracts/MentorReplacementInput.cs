using Mentorship.Domain.Pairing;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>
/// The mentor of a fixed or active pair or group replaced: the new mentor, the grounds, the notice day, the new
/// mentor's first day (inside the unchanged period), the new mentor's art. 351.8 agreement for the rest of the period
/// (signed on, monthly supplement, content, number) and the order on replacement (a new number).
/// </summary>
public sealed record MentorReplacementInput(
    string? NewMentor,
    ReplacementGrounds? Grounds,
    LocalDate? NoticeGivenOn,
    LocalDate? EffectiveOn,
    LocalDate? AgreementSignedOn,
    decimal? MonthlySupplementRoubles,
    string? PayDescription,
    string? AgreementContent,
    string? AgreementNumber,
    string? OrderNumber,
    LocalDate? OrderDate);
