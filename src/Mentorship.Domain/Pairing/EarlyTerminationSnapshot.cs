using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>The stored form of an <see cref="EarlyTermination"/>.</summary>
/// <param name="NoticeGivenOn">The day of notice.</param>
/// <param name="InitiatedBy">The side that gave notice.</param>
/// <param name="Grounds">The grounds.</param>
/// <param name="EndsOn">The last day.</param>
/// <param name="OrderNumber">The order's number, if any.</param>
/// <param name="OrderDate">The order's date, if any.</param>
public sealed record EarlyTerminationSnapshot(
    LocalDate NoticeGivenOn,
    TerminationInitiator InitiatedBy,
    EarlyTerminationGrounds Grounds,
    LocalDate EndsOn,
    string? OrderNumber,
    LocalDate? OrderDate);
