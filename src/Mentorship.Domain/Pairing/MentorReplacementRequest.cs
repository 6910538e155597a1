using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>What the coordinator asks for when replacing a mentor.</summary>
/// <param name="NewMentor">The new mentor.</param>
/// <param name="Grounds">The grounds.</param>
/// <param name="NoticeGivenOn">
/// The day the previous mentor's duties were given notice of ending (not counted): the previous mentor's last day,
/// the day before <paramref name="EffectiveOn"/>, is at the earliest the end of notice (at least 3 working days).
/// </param>
/// <param name="EffectiveOn">The new mentor's first day; inside the unchanged period.</param>
/// <param name="NewMentorAgreement">The new mentor's Labour Code art. 351.8 agreement, covering the rest of the period and the form.</param>
/// <param name="Order">The order on replacement.</param>
public sealed record MentorReplacementRequest(
    EducatorId NewMentor,
    ReplacementGrounds Grounds,
    LocalDate NoticeGivenOn,
    LocalDate EffectiveOn,
    MentoringConsent NewMentorAgreement,
    OrderReference Order);
