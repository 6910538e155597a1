namespace Mentorship.Domain.People;

/// <summary>The qualification category of a pedagogical worker.</summary>
public enum QualificationCategory
{
    /// <summary>No category (без категории).</summary>
    None = 0,

    /// <summary>Attested as fit for the post held (соответствие занимаемой должности).</summary>
    FitForPost = 1,

    /// <summary>The first category (первая квалификационная категория).</summary>
    First = 2,

    /// <summary>The highest category (высшая квалификационная категория).</summary>
    Highest = 3,

    /// <summary>Педагог-методист (since 2023).</summary>
    Methodologist = 4,

    /// <summary>Педагог-наставник (since 2023).</summary>
    Mentor = 5,
}
