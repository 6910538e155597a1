namespace Mentorship.Domain.Pairing;

/// <summary>Where a mentoring pair or group is in its lifecycle.</summary>
/// <remarks>
/// Proposed → ConsentsInPlace → Fixed (by an order) → Active → Completed or EndedEarly; a unit not yet fixed may be
/// Cancelled. Replacing the mentor keeps the status.
/// </remarks>
public enum MentoringUnitStatus
{
    /// <summary>Proposed (by hand or from a matching); consents are being collected.</summary>
    Proposed = 1,

    /// <summary>The mentor's Labour Code art. 351.8 agreement and every mentee's consent are in place; ready for the order.</summary>
    ConsentsInPlace = 2,

    /// <summary>Fixed by an administrative order (number and date); not started yet.</summary>
    Fixed = 3,

    /// <summary>Running: the programme is carried out.</summary>
    Active = 4,

    /// <summary>Completed with an outcome.</summary>
    Completed = 5,

    /// <summary>Ended early on notice (or on a withdrawal of consent to personal-data processing).</summary>
    EndedEarly = 6,

    /// <summary>Dropped before the order.</summary>
    Cancelled = 7,
}
