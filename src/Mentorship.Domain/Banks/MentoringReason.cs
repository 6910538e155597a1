namespace Mentorship.Domain.Banks;

/// <summary>Why an educator enters the mentee bank.</summary>
public enum MentoringReason
{
    /// <summary>A young specialist (see <see cref="People.YoungSpecialistPolicy"/>: ≤ 35 years old, within the first 3 years of teaching).</summary>
    YoungSpecialist = 1,

    /// <summary>Newly hired in the organisation.</summary>
    NewHire = 2,

    /// <summary>Appointed to a new post, in particular one without experience in it.</summary>
    NewPost = 3,

    /// <summary>Professional difficulties identified.</summary>
    ProfessionalDifficulties = 4,

    /// <summary>Signs of professional burnout.</summary>
    Burnout = 5,

    /// <summary>Wants digital skills (the usual basis for reverse mentoring).</summary>
    DigitalSkills = 6,

    /// <summary>Preparing for attestation for a qualification category.</summary>
    Attestation = 7,

    /// <summary>Returning after a long break.</summary>
    ReturnAfterBreak = 8,

    /// <summary>Another reason, recorded in the request.</summary>
    Other = 99,
}
