using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Monitoring.Practices;

/// <summary>A practice comes from a pair or group of the collection's organisation, and its author is a mentor or mentee of it.</summary>
public static class PracticeAuthorRule
{
    /// <summary>Code: the author is neither a mentor nor a mentee of the programme.</summary>
    public const string NotAParticipant = "practice.author-not-participant";

    /// <summary>Code: the programme belongs to another organisation.</summary>
    public const string OtherOrganization = "practice.other-organization";

    /// <summary>Checks the author.</summary>
    /// <param name="author">The author.</param>
    /// <param name="programme">The programme.</param>
    /// <param name="organizationId">The collection's organisation.</param>
    /// <param name="subject">The practice's identifier.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(EducatorId author, ProgrammeFact programme, OrganizationId organizationId, string subject)
    {
        Guard.Against.Null(programme);
        if (programme.OrganizationId != organizationId)
        {
            return RuleViolation.Create(
                nameof(PracticeAuthorRule),
                OtherOrganization,
                subject,
                ViolationArgument.Identifier("programme", programme.Id.ToString()),
                ViolationArgument.Identifier("owner", programme.OrganizationId.ToString()),
                ViolationArgument.Identifier("organization", organizationId.ToString()));
        }

        return programme.HasMentor(author) || programme.HasMentee(author)
            ? null
            : RuleViolation.Create(
                nameof(PracticeAuthorRule), NotAParticipant, subject, ViolationArgument.Identifier("author", author.ToString()), ViolationArgument.Identifier("programme", programme.Id.ToString()));
    }
}
