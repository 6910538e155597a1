namespace Mentorship.Domain.Pairing.Programmes;

/// <summary>Who is responsible for a plan item, by role (names are printed from the roles, never stored in the plan).</summary>
public enum PlanResponsible
{
    /// <summary>The mentor.</summary>
    Mentor = 1,

    /// <summary>The mentee (or the mentees of a group).</summary>
    Mentee = 2,

    /// <summary>The mentor and the mentee together.</summary>
    MentorAndMentee = 3,

    /// <summary>The coordinator (куратор), usually the deputy head.</summary>
    Coordinator = 4,

    /// <summary>The methodological council.</summary>
    MethodologicalCouncil = 5,

    /// <summary>The head of the organisation.</summary>
    Head = 6,
}
