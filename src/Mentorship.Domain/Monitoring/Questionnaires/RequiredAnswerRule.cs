using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Monitoring.Questionnaires;

/// <summary>Every required item of the instrument is answered, and an open answer to a required item is not blank.</summary>
public static class RequiredAnswerRule
{
    /// <summary>Code: a required item has no answer.</summary>
    public const string Missing = "questionnaire.missing-answer";

    /// <summary>Checks one item.</summary>
    /// <param name="item">The item.</param>
    /// <param name="answer">Its answer in the response, or <see langword="null"/>.</param>
    /// <param name="subject">The response's identifier.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(QuestionnaireItem item, QuestionnaireAnswer? answer, string subject)
    {
        Guard.Against.Null(item);
        var unanswered = answer is null || (answer.Kind == QuestionKind.Open && string.IsNullOrEmpty(answer.Text));
        return item.Required && unanswered
            ? RuleViolation.Create(nameof(RequiredAnswerRule), Missing, subject, ViolationArgument.Text("item", item.Code))
            : null;
    }
}
