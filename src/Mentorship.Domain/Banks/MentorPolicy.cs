using Ardalis.GuardClauses;

namespace Mentorship.Domain.Banks;

/// <summary>
/// The organisation's mentor policy: minimum teaching experience (default 0 years; local acts often say 2
/// or 5) and the default number of mentees a mentor takes at once in individual forms (default 2).
/// </summary>
public sealed record MentorPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="minimumTeachingYears">Completed years of teaching a mentor needs, zero or more.</param>
    /// <param name="defaultCapacity">Mentees at once when the mentor states no capacity, at least 1.</param>
    /// <exception cref="System.ArgumentException">A value is out of range.</exception>
    public MentorPolicy(int minimumTeachingYears = 0, int defaultCapacity = 2)
    {
        MinimumTeachingYears = Guard.Against.Negative(minimumTeachingYears);
        DefaultCapacity = Guard.Against.NegativeOrZero(defaultCapacity);
    }

    /// <summary>The default policy: no minimum experience, capacity 2.</summary>
    public static MentorPolicy Default { get; } = new();

    /// <summary>Completed years of teaching a mentor needs.</summary>
    public int MinimumTeachingYears { get; }

    /// <summary>Mentees at once when the mentor states no capacity.</summary>
    public int DefaultCapacity { get; }
}
