namespace Mentorship.Domain.Matching;

/// <summary>Why a mentee was left without a mentor.</summary>
public enum UnmatchedReason
{
    /// <summary>No mentor in scope (the organisation, or the network) has any of the requested topics.</summary>
    NoMentorCoversRequests = 1,

    /// <summary>Mentors in scope cover a request, but every one is ruled out by another rule (excluded, themselves, minimum score).</summary>
    NoEligibleMentor = 2,

    /// <summary>Every mentor who could take the mentee is full; they are named in <see cref="UnmatchedMentee.FullMentors"/>.</summary>
    AllCapableMentorsFull = 3,
}
