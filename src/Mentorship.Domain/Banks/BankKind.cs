namespace Mentorship.Domain.Banks;

/// <summary>Which of the two yearly banks.</summary>
public enum BankKind
{
    /// <summary>The bank of mentees (банк наставляемых), roadmap item 2.1.</summary>
    Mentee = 1,

    /// <summary>The bank of mentors (банк наставников), roadmap item 2.2.</summary>
    Mentor = 2,
}
