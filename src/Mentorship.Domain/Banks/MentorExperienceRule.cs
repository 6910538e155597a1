using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Banks;

/// <summary>A mentor has at least the policy's minimum of completed teaching years on the date of entry.</summary>
public static class MentorExperienceRule
{
    /// <summary>Code: not enough teaching experience.</summary>
    public const string Insufficient = "mentor-policy.insufficient-experience";

    /// <summary>Checks an educator against the policy.</summary>
    /// <param name="educator">The would-be mentor.</param>
    /// <param name="policy">The policy.</param>
    /// <param name="on">The date.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(Educator educator, MentorPolicy policy, LocalDate on)
    {
        Guard.Against.Null(educator);
        Guard.Against.Null(policy);
        var years = educator.TeachingYearsOn(on);
        return years >= policy.MinimumTeachingYears
            ? null
            : RuleViolation.Create(
                nameof(MentorExperienceRule),
                Insufficient,
                educator.Id.Value,
                ViolationArgument.Number("years", years),
                ViolationArgument.Number("minimum", policy.MinimumTeachingYears));
    }
}
