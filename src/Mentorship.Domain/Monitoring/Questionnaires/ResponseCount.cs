namespace Mentorship.Domain.Monitoring.Questionnaires;

/// <summary>How many responses a role gave in a wave.</summary>
/// <param name="Role">The role.</param>
/// <param name="Wave">The wave.</param>
/// <param name="Count">The number of responses.</param>
public sealed record ResponseCount(RespondentRole Role, SurveyWave Wave, int Count);
