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
            ? RuleViolation.Create(nameof(PracticeIdentityRule), Duplicate, subject)
            : null;
}
