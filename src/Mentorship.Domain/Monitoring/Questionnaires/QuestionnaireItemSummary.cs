namespace Mentorship.Domain.Monitoring.Questionnaires;

/// <summary>One questionnaire item of a role, entry wave against final wave.</summary>
/// <param name="Role">The respondents' role.</param>
/// <param name="ItemCode">The item's code.</param>
/// <param name="Text">The item's text (from the final form when both forms have it).</param>
/// <param name="Kind">How it is answered.</param>
/// <param name="Entry">The entry-wave answers.</param>
/// <param name="Final">The final-wave answers.</param>
public sealed record QuestionnaireItemSummary(RespondentRole Role, string ItemCode, string Text, QuestionKind Kind, WaveFigure Entry, WaveFigure Final);
