using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Banks;

/// <summary>A mentee may exclude mentors (conflict of interest), but not themselves.</summary>
public static class ExcludedMentorRule
{
    /// <summary>Code: the mentee named themselves.</summary>
    public const string Self = "excluded-mentor.self";

    /// <summary>Checks one exclusion.</summary>
    /// <param name="menteeId">The mentee.</param>
    /// <param name="mentorId">The excluded mentor.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(EducatorId menteeId, EducatorId mentorId) =>
        menteeId == mentorId
            ? RuleViolation.Create(nameof(ExcludedMentorRule), Self, menteeId.Value)
            : null;
}
