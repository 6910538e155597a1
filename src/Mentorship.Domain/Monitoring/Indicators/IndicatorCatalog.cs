using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>The definitions of indicators K1–K14 (domain guide §7 and the regional forms), with the Russian titles and formulas reports print.</summary>
/// <remarks>Each indicator is a rule of its own; this catalogue registers them, in the order reports print them.</remarks>
public static class IndicatorCatalog
{
    /// <summary>
    /// The registered indicators, in order. A new indicator is one class and one line here (and its
    /// <see cref="IndicatorCode"/> member); <see cref="IndicatorCalculator"/> computes whatever is registered.
    /// </summary>
    internal static readonly Indicator[] Indicators =
    [
        new YoungTeacherCoverage(),
        new MenteeBankCoverage(),
        new SuccessfulCompletion(),
        new PlanExecution(),
        new EarlyTerminations(),
        new Satisfaction(),
        new ScoreChange(),
        new Retention(),
        new MentorLoad(),
        new StaffInvolvement(),
        new MenteeGrowth(),
        new RoadmapExecution(),
        new MentorPay(),
        new MentorTraining(),
    ];

    private static readonly IndicatorDefinition[] Definitions = System.Array.ConvertAll(Indicators, i => i.Definition);

    private static readonly Dictionary<IndicatorCode, IndicatorDefinition> ByCode = Index();

    /// <summary>Every definition, in the order of the indicators' results (K1 to K14).</summary>
    public static IReadOnlyList<IndicatorDefinition> All => Definitions;

    /// <summary>The definition of an indicator.</summary>
    /// <param name="code">The indicator.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="System.ArgumentException">The code is unknown.</exception>
    public static IndicatorDefinition Describe(IndicatorCode code) => ByCode[Guard.Against.EnumOutOfRange(code)];

    private static Dictionary<IndicatorCode, IndicatorDefinition> Index()
    {
        var index = new Dictionary<IndicatorCode, IndicatorDefinition>();
        foreach (var d in Definitions)
        {
            index.Add(d.Code, d);
        }

        return index;
    }
}
