namespace Mentorship.Domain.Monitoring.Questionnaires;

/// <summary>Who fills in a questionnaire.</summary>
public enum RespondentRole
{
    /// <summary>The mentee (наставляемый).</summary>
    Mentee = 1,

    /// <summary>The mentor (наставник).</summary>
    Mentor = 2,

    /// <summary>The coordinator (куратор), assessing a pair or group.</summary>
    Coordinator = 3,
}
