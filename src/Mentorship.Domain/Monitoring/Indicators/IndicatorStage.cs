namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>
/// The two parts of monitoring the federal methodology distinguishes, under which reports group the indicators: the
/// process of implementing the programmes, and its result (effect) on the participants.
/// </summary>
public enum IndicatorStage
{
    /// <summary>The process («процесс»): coverage, plans, roadmap, load, pay and training of mentors.</summary>
    Process = 1,

    /// <summary>The result, the effect («результат (эффект)»): completion, satisfaction, change, retention, growth.</summary>
    Effect = 2,
}
