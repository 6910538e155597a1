namespace Mentorship.Domain.Banks;

/// <summary>How well a mentor masters a request topic.</summary>
public enum CompetencyLevel
{
    /// <summary>Basic (1).</summary>
    Basic = 1,

    /// <summary>Confident (2).</summary>
    Confident = 2,

    /// <summary>Expert (3).</summary>
    Expert = 3,
}
