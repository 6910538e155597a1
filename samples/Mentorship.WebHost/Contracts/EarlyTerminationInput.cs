using Mentorship.Domain.Pairing;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>
/// A fixed or active pair or group ended early: who gave notice and when, the grounds, the last day of mentoring
/// (at the earliest the end of the notice in working days of the production calendar, which the core counts) and
/// the order on early termination (a new number).
/// </summary>
public sealed record EarlyTerminationInput(
    LocalDate? NoticeGivenOn,
    TerminationInitiator? InitiatedBy,
    EarlyTerminationGrounds? Grounds,
    LocalDate? EndsOn,
    string? OrderNumber,
    LocalDate? OrderDate);
