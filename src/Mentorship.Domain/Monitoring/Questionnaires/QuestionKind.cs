namespace Mentorship.Domain.Monitoring.Questionnaires;

/// <summary>How an item of a questionnaire is answered.</summary>
public enum QuestionKind
{
    /// <summary>A score from 1 (lowest) to 10 (highest).</summary>
    Scale = 1,

    /// <summary>Yes or no.</summary>
    YesNo = 2,

    /// <summary>Free text.</summary>
    Open = 3,
}
