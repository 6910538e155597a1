using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Monitoring.Questionnaires;

/// <summary>
/// A mentee's form is answered by a mentee of the programme, a mentor's form by one of its mentors (the first or a
/// replacement); a coordinator's form by anyone who is neither.
/// </summary>
public static class RespondentRule
{
    /// <summary>Code: the respondent does not hold the form's role in the programme.</summary>
    public const string NotInRole = "questionnaire.respondent-not-in-role";

    /// <summary>Checks the respondent.</summary>
    /// <param name="role">The instrument's role.</param>
    /// <param name="respondent">Who answered.</param>
    /// <param name="programme">The pair's or group's programme.</param>
    /// <param name="subject">The response's identifier.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(RespondentRole role, EducatorId respondent, ProgrammeFact programme, string subject)
    {
        Guard.Against.Null(programme);
        var ok = role switch
        {
            RespondentRole.Mentee => programme.HasMentee(respondent),
            RespondentRole.Mentor => programme.HasMentor(respondent),
            _ => !programme.HasMentee(respondent) && !programme.HasMentor(respondent),
        };
        return ok
            ? null
            : RuleViolation.Create(
                nameof(RespondentRule),
                NotInRole,
                subject,
                ViolationArgument.Identifier("respondent", respondent.Value),
                ViolationArgument.Term("role", role),
                ViolationArgument.Identifier("programme", programme.Id.ToString()));
    }
}
