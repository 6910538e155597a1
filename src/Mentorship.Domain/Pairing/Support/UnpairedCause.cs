namespace Mentorship.Domain.Pairing.Support;

/// <summary>Why a mentee is without a pair or group.</summary>
public enum UnpairedCause
{
    /// <summary>No mentor in scope covers any of the requests (from the matching).</summary>
    NoMentorCoversRequests = 1,

    /// <summary>Mentors cover a request but every one is ruled out (from the matching).</summary>
    NoEligibleMentor = 2,

    /// <summary>Every mentor who could take the mentee is full (from the matching).</summary>
    AllCapableMentorsFull = 3,

    /// <summary>The mentee's pair or group ended early.</summary>
    PairEndedEarly = 4,
}
