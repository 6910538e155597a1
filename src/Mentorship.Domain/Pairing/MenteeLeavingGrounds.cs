namespace Mentorship.Domain.Pairing;

/// <summary>Why a mentee leaves a group that goes on (исключение из состава наставнической группы).</summary>
public enum MenteeLeavingGrounds
{
    /// <summary>A justified request of the mentee.</summary>
    JustifiedRequestOfMentee = 1,

    /// <summary>The mentee leaves the job.</summary>
    MenteeLeftJob = 2,

    /// <summary>The mentee reached their goal before the end of the period.</summary>
    GoalReachedEarly = 3,

    /// <summary>The mentee moves to another pair or group (<see cref="PairingRegister.MoveMentee"/>).</summary>
    MovedToAnotherGroup = 4,

    /// <summary>Another reason, stated in the order.</summary>
    Other = 99,
}
