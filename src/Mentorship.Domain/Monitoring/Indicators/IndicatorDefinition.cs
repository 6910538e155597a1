namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>What an indicator is, in the words a report prints.</summary>
/// <param name="Code">The indicator.</param>
/// <param name="Kind">What its numerator and denominator are.</param>
/// <param name="PerRole">Whether it is computed per respondent role (K6, K7).</param>
/// <param name="Title">The Russian title, e.g. «Охват молодых педагогов наставничеством».</param>
/// <param name="Formula">The Russian formula, numerator / denominator.</param>
public sealed record IndicatorDefinition(IndicatorCode Code, IndicatorKind Kind, bool PerRole, string Title, string Formula)
{
    /// <summary>Where the definition comes from: the federal recommendations, the national project, or this library.</summary>
    public IndicatorSource Source => IndicatorProvenance.SourceOf(Code);

    /// <summary>Which way the indicator improves (K5 lower, K9 against the capacity, the rest higher).</summary>
    public IndicatorDirection Direction => IndicatorProvenance.DirectionOf(Code);

    /// <summary>Whether it measures the process or its result (effect); reports group the indicators by it.</summary>
    public IndicatorStage Stage => IndicatorProvenance.StageOf(Code);
}
