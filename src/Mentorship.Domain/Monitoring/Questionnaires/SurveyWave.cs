namespace Mentorship.Domain.Monitoring.Questionnaires;

/// <summary>When in a programme a questionnaire is given.</summary>
public enum SurveyWave
{
    /// <summary>At the start: expectations (входное анкетирование).</summary>
    Entry = 1,

    /// <summary>Half-way (промежуточное анкетирование).</summary>
    Interim = 2,

    /// <summary>At the end: results (итоговое анкетирование).</summary>
    Final = 3,
}
