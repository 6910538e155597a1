namespace Mentorship.Domain.Pairing.Support;

/// <summary>Who carries out a support measure, by role.</summary>
public enum SupportRole
{
    /// <summary>The coordinator (куратор).</summary>
    Coordinator = 1,

    /// <summary>The educational psychologist (педагог-психолог).</summary>
    Psychologist = 2,

    /// <summary>The methodological association of the subject or area (методическое объединение).</summary>
    MethodologicalAssociation = 3,

    /// <summary>The methodological council.</summary>
    MethodologicalCouncil = 4,

    /// <summary>The head of the organisation.</summary>
    Head = 5,
}
