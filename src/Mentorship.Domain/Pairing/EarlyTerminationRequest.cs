using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>What the coordinator asks for when ending a pair or group early.</summary>
/// <param name="NoticeGivenOn">The day notice was given (not counted).</param>
/// <param name="InitiatedBy">The side that gave notice.</param>
/// <param name="Grounds">The grounds (not <see cref="EarlyTerminationGrounds.PersonalDataConsentWithdrawn"/>).</param>
/// <param name="EndsOn">
/// The last day of mentoring: at the earliest the end of notice that the register's calendar gives
/// (<see cref="Calendar.IWorkingDayCalendar.EarliestEndOfNotice"/>, at least 3 working days).
/// </param>
/// <param name="Order">The order on early termination.</param>
public sealed record EarlyTerminationRequest(
    LocalDate NoticeGivenOn,
    TerminationInitiator InitiatedBy,
    EarlyTerminationGrounds Grounds,
    LocalDate EndsOn,
    OrderReference Order);
