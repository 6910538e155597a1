using Mentorship.Domain.Common;

namespace Mentorship.Domain.Banks;

/// <summary>A mentor's capacity (mentees at once) is at least 1.</summary>
public static class MentorCapacityRule
{
    /// <summary>Code: capacity below one.</summary>
    public const string BelowOne = "mentor-policy.capacity-below-one";

    /// <summary>Checks a capacity.</summary>
    /// <param name="capacity">The capacity as given.</param>
    /// <param name="subject">The mentor's identifier.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(int capacity, string? subject = null) =>
        capacity >= 1
            ? null
            : RuleViolation.Create(nameof(MentorCapacityRule), BelowOne, subject, ViolationArgument.Number("capacity", capacity));
}
