using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>How a pair or group was ended early.</summary>
/// <param name="NoticeGivenOn">The day notice was given (not counted in the notice period).</param>
/// <param name="InitiatedBy">The side that gave notice.</param>
/// <param name="Grounds">The grounds.</param>
/// <param name="EndsOn">The last day of mentoring.</param>
/// <param name="Order">
/// The order on early termination; <see langword="null"/> only for
/// <see cref="EarlyTerminationGrounds.PersonalDataConsentWithdrawn"/>.
/// </param>
public sealed record EarlyTermination(
    LocalDate NoticeGivenOn,
    TerminationInitiator InitiatedBy,
    EarlyTerminationGrounds Grounds,
    LocalDate EndsOn,
    OrderReference? Order);
