using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>A replacement of the mentor of a pair or group; the period of the programme stays the same.</summary>
/// <param name="EffectiveOn">The first day of the new mentor; the previous mentor's last day is the day before.</param>
/// <param name="PreviousMentor">The previous mentor.</param>
/// <param name="NewMentor">The new mentor.</param>
/// <param name="Grounds">The grounds.</param>
/// <param name="NoticeGivenOn">The day the previous mentor's duties were given notice of ending (not counted).</param>
/// <param name="Order">The order on replacement.</param>
public sealed record MentorReplacement(
    LocalDate EffectiveOn,
    EducatorId PreviousMentor,
    EducatorId NewMentor,
    ReplacementGrounds Grounds,
    LocalDate NoticeGivenOn,
    OrderReference Order);
