namespace Mentorship.Domain.Pairing;

/// <summary>The grounds for ending a pair or group early (досрочное прекращение наставничества).</summary>
public enum EarlyTerminationGrounds
{
    /// <summary>The mentor leaves the job.</summary>
    MentorLeftJob = 1,

    /// <summary>The mentee leaves the job.</summary>
    MenteeLeftJob = 2,

    /// <summary>Psychological incompatibility of mentor and mentee.</summary>
    PsychologicalIncompatibility = 3,

    /// <summary>Systematic failure of the mentor to do the duties.</summary>
    SystematicFailureOfDuties = 4,

    /// <summary>Disciplinary action against the mentor.</summary>
    DisciplinaryAction = 5,

    /// <summary>A justified request of the mentor (Labour Code art. 351.8: the worker may end mentoring early).</summary>
    JustifiedRequestOfMentor = 6,

    /// <summary>A justified request of the mentee.</summary>
    JustifiedRequestOfMentee = 7,

    /// <summary>The goal was reached before the end of the period.</summary>
    GoalReachedEarly = 8,

    /// <summary>
    /// A participant withdrew consent to personal-data processing (152-ФЗ). Set only by
    /// <see cref="PairingRegister.WithdrawPersonalDataConsent"/>: the withdrawal is the notice, and the unit ends by an order
    /// when the notice of 3 working days has run (printed «отзыв согласия на обработку персональных данных»).
    /// </summary>
    PersonalDataConsentWithdrawn = 9,

    /// <summary>Another reason, stated in the order.</summary>
    Other = 99,
}
