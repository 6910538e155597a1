using Mentorship.Domain.Common;

namespace Mentorship.Domain.Monitoring.Practices;

/// <summary>A practice's identifier is unique in its collection.</summary>
public static class PracticeIdentityRule
{
    /// <summary>Code: the collection already has a practice with the identifier.</summary>
    public const string Duplicate = "practice.duplicate-id";

    /// <summary>Checks a new identifier.</summary>
    /// <param name="alreadyPresent">Whether the collection has it.</param>
    /// <param name="subject">The identifier.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(bool alreadyPresent, string subject) =>
        alreadyPresent
            ? new RuleViolation(nameof(PracticeIdentityRule), Duplicate, "The collection already has a practice with this identifier.", subject)
            : null;
}
