using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Monitoring.Facts;

/// <summary>
/// A questionnaire response names a programme the facts hold; a mentee's form is answered by a mentee of the programme,
/// a mentor's form by one of its mentors (the first or a replacement); a coordinator's form by anyone who is neither.
/// Checked when the facts are built (<see cref="MonitoringFactsBuilder.TryBuild"/>), where the programme is known.
/// </summary>
public static class RespondentRule
{
    /// <summary>Code: the respondent does not hold the form's role in the programme.</summary>
    public const string NotInRole = "questionnaire.respondent-not-in-role";

    /// <summary>Code: the response names a programme the facts do not hold.</summary>
    public const string UnknownProgramme = "questionnaire.unknown-programme";

    /// <summary>Checks a response against its programme.</summary>
    /// <param name="response">The response.</param>
    /// <param name="programme">The programme the response names, or <see langword="null"/> when the facts hold none by that identifier.</param>
    /// <returns>The violation (subject: the response's identifier), or <see langword="null"/>.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="response"/> is null.</exception>
    public static RuleViolation? Check(QuestionnaireResponse response, ProgrammeFact? programme)
    {
        Guard.Against.Null(response);
        return programme is null
            ? RuleViolation.Create(
                nameof(RespondentRule),
                UnknownProgramme,
                response.Id,
                ViolationArgument.Identifier("programme", response.ProgrammeId))
            : Check(response.Role, response.Respondent, programme, response.Id);
    }

    /// <summary>Checks a respondent's role in a programme.</summary>
    /// <param name="role">The instrument's role.</param>
    /// <param name="respondent">Who answered.</param>
    /// <param name="programme">The pair's or group's programme.</param>
    /// <param name="subject">The response's identifier.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="programme"/> is null.</exception>
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
                ViolationArgument.Identifier("programme", programme.Id));
    }
}
