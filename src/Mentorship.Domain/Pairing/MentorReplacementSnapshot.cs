using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>The stored form of a <see cref="MentorReplacement"/>.</summary>
/// <param name="EffectiveOn">The new mentor's first day.</param>
/// <param name="PreviousMentor">The previous mentor's identifier.</param>
/// <param name="NewMentor">The new mentor's identifier.</param>
/// <param name="Grounds">The grounds.</param>
/// <param name="NoticeGivenOn">The day of notice.</param>
/// <param name="OrderNumber">The order's number.</param>
/// <param name="OrderDate">The order's date.</param>
public sealed record MentorReplacementSnapshot(
    LocalDate EffectiveOn,
    string PreviousMentor,
    string NewMentor,
    ReplacementGrounds Grounds,
    LocalDate NoticeGivenOn,
    string OrderNumber,
    LocalDate OrderDate);
