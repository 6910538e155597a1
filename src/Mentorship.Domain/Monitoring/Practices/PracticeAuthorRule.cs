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
            return new RuleViolation(nameof(PracticeAuthorRule), OtherOrganization, $"Programme {programme.Id} belongs to {programme.OrganizationId}, not {organizationId}.", subject);
        }

        return programme.HasMentor(author) || programme.HasMentee(author)
            ? null
            : new RuleViolation(nameof(PracticeAuthorRule), NotAParticipant, $"{author} is neither a mentor nor a mentee of programme {programme.Id}.", subject);
    }
}
