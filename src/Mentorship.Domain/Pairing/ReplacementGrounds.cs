namespace Mentorship.Domain.Pairing;

/// <summary>The grounds for replacing a mentor (основания для замены наставника) of the federal methodology.</summary>
public enum ReplacementGrounds
{
    /// <summary>The mentor leaves the job (увольнение наставника).</summary>
    MentorLeftJob = 1,

    /// <summary>Psychological incompatibility of mentor and mentee (психологическая несовместимость).</summary>
    PsychologicalIncompatibility = 2,

    /// <summary>Systematic failure of the mentor to do the duties (систематическое неисполнение обязанностей).</summary>
    SystematicFailureOfDuties = 3,

    /// <summary>Disciplinary action against the mentor (привлечение наставника к дисциплинарной ответственности).</summary>
    DisciplinaryAction = 4,

    /// <summary>A justified request of the mentor (обоснованная просьба наставника).</summary>
    JustifiedRequestOfMentor = 5,

    /// <summary>A justified request of the mentee (обоснованная просьба наставляемого).</summary>
    JustifiedRequestOfMentee = 6,
}
