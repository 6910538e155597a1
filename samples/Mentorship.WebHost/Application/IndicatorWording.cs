using System.Globalization;
using Mentorship.Domain.Monitoring.Indicators;

namespace Mentorship.WebHost.Application;

/// <summary>How the pages write an indicator's value, target and status in Russian («цель ≥ 70 %: достигнута», «—»).</summary>
public static class IndicatorWording
{
    private static readonly NumberFormatInfo Russian = new() { NumberDecimalSeparator = "," };

    /// <summary>The value: «87,5 %» for a share, «1,71» otherwise, «нет данных» without a denominator.</summary>
    public static string Value(IndicatorKind kind, decimal? value) => value is not { } v
        ? "нет данных"
        : kind == IndicatorKind.Share ? decimal.Round(v, 1).ToString("0.#", Russian) + " %" : decimal.Round(v, 2).ToString("0.##", Russian);

    /// <summary>The target and its status, «цель ≥ 70 %: достигнута», «цель ≥ 70 %: нет данных», or «—» without a target.</summary>
    public static string Target(IndicatorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Target is not { } target)
        {
            return "—";
        }

        return $"цель {TargetText(target, result.Kind)}: {Status(result.TargetStatus)}";
    }

    /// <summary>The status in Russian.</summary>
    public static string Status(TargetStatus status) => status switch
    {
        TargetStatus.Met => "достигнута",
        TargetStatus.Missed => "не достигнута",
        TargetStatus.NotAssessed => "нет данных",
        _ => "—",
    };

    private static string TargetText(IndicatorTarget target, IndicatorKind kind)
    {
        var text = target.ToString().Replace('.', ',');
        return kind == IndicatorKind.Share && !text.Contains('%', StringComparison.Ordinal) ? text + " %" : text;
    }
}
