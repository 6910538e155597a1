using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Events;

/// <summary>A pair or group was ended early; the date is its last day.</summary>
/// <param name="Date">The date the change took effect.</param>
/// <param name="OrganizationId">The register's organisation.</param>
/// <param name="Year">The register's year.</param>
/// <param name="UnitId">The pair or group.</param>
/// <param name="Grounds">The grounds.</param>
/// <param name="InitiatedBy">The side that gave notice.</param>
/// <param name="NoticeGivenOn">The day notice was given.</param>
public sealed record UnitEndedEarly(LocalDate Date, OrganizationId OrganizationId, int Year, MentoringUnitId UnitId, EarlyTerminationGrounds Grounds, TerminationInitiator InitiatedBy, LocalDate NoticeGivenOn)
    : DomainEvent(Date), IPairingEvent;
