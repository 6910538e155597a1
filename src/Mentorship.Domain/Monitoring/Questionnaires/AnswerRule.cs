using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Monitoring.Questionnaires;

/// <summary>
/// Each answer of a response names an item of the instrument, once, with an answer of the item's kind; a scale
/// answer lies between <see cref="QuestionnaireItem.MinScore"/> and <see cref="QuestionnaireItem.MaxScore"/>.
/// </summary>
public static class AnswerRule
{
    /// <summary>Code: the answer names an item the instrument does not have.</summary>
    public const string UnknownItem = "questionnaire.unknown-item";

    /// <summary>Code: the answer is of another kind than its item (a score for a yes/no item, …).</summary>
    public const string WrongKind = "questionnaire.wrong-kind";

    /// <summary>Code: a score outside 1–10.</summary>
    public const string ScoreOutOfRange = "questionnaire.score-out-of-range";

    /// <summary>Code: the item is answered twice.</summary>
    public const string RepeatedItem = "questionnaire.repeated-item";

    /// <summary>Checks one answer.</summary>
    /// <param name="item">The instrument's item with the answer's code, or <see langword="null"/> if there is none.</param>
    /// <param name="answer">The answer.</param>
    /// <param name="alreadyAnswered">Whether an earlier answer of the response named the same item.</param>
    /// <param name="subject">The response's identifier.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(QuestionnaireItem? item, QuestionnaireAnswer answer, bool alreadyAnswered, string subject)
    {
        Guard.Against.Null(answer);
        if (item is null)
        {
            return RuleViolation.Create(nameof(AnswerRule), UnknownItem, subject, ViolationArgument.Text("item", answer.ItemCode));
        }

        if (alreadyAnswered)
        {
            return RuleViolation.Create(nameof(AnswerRule), RepeatedItem, subject, ViolationArgument.Text("item", item.Code));
        }

        if (answer.Kind != item.Kind)
        {
            return RuleViolation.Create(
                nameof(AnswerRule), WrongKind, subject, ViolationArgument.Text("item", item.Code), ViolationArgument.Term("expected", item.Kind), ViolationArgument.Term("given", answer.Kind));
        }

        return answer.Kind == QuestionKind.Scale && answer.Score is < QuestionnaireItem.MinScore or > QuestionnaireItem.MaxScore
            ? RuleViolation.Create(nameof(AnswerRule), ScoreOutOfRange, subject, ViolationArgument.Number("score", answer.Score), ViolationArgument.Text("item", item.Code))
            : null;
    }
}
