namespace Mentorship.Domain.Pairing.Support;

/// <summary>Where a support plan is.</summary>
public enum SupportPlanStatus
{
    /// <summary>Support goes on and the search for a mentor continues.</summary>
    Open = 1,

    /// <summary>A mentor was found: the mentee is in a pair or group.</summary>
    PairFound = 2,

    /// <summary>Closed for another reason (the mentee left the bank or the organisation).</summary>
    Closed = 3,
}
