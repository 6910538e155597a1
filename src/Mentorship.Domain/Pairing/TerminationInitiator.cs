namespace Mentorship.Domain.Pairing;

/// <summary>Which side of the Labour Code art. 351.8 arrangement gives notice of early termination.</summary>
public enum TerminationInitiator
{
    /// <summary>The mentor (the worker).</summary>
    Mentor = 1,

    /// <summary>The employer (the organisation), on its own or at the mentee's request.</summary>
    Employer = 2,
}
