namespace Mentorship.Domain.Pairing.Programmes;

/// <summary>Where a personalised programme is in its life.</summary>
public enum ProgramStatus
{
    /// <summary>Being drawn up or revised.</summary>
    Draft = 1,

    /// <summary>Approved and carried out.</summary>
    Approved = 2,

    /// <summary>Completed with an evaluation.</summary>
    Completed = 3,

    /// <summary>Closed without completion (the pair or group ended early).</summary>
    Closed = 4,
}
