using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>
/// The written consents of a unit, all signed on one day: the mentor's art. 351.8 agreement for the unit's period
/// and form (content, monthly supplement, agreement number) and every mentee's consent.
/// </summary>
public sealed record UnitConsentsInput(LocalDate? SignedOn, decimal? MonthlySupplementRoubles, string? PayDescription, string? Content, string? AgreementNumber);
