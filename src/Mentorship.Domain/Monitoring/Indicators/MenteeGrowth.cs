using System.Collections.Generic;
using Mentorship.Domain.Monitoring.Facts;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>K11, professional growth of mentees.</summary>
/// <remarks>
/// <para><b>Denominator:</b> mentees in the organisation's programmes on at least one day of the period (their own days).</para>
/// <para><b>Numerator:</b> those with an achievement (<see cref="AchievementFact"/>) in the period on or after their own
/// first day in the earliest such programme.</para>
/// <para><b>Drill-down:</b> the counted mentees' identifiers.</para>
/// </remarks>
internal sealed class MenteeGrowth() : SingleResultIndicator(new(
    IndicatorCode.K11,
    IndicatorKind.Share,
    false,
    "Профессиональный рост наставляемых",
    "наставляемые с новой категорией, конкурсом, открытым занятием или публикацией / наставляемые"))
{
    /// <inheritdoc />
    protected override void Count(IndicatorContext context, Tally tally)
    {
        var period = context.Period;
        var starts = MenteeFirstStarts.Collect(
            context.Own.Programmes,
            period,
            static (p, period) => p.IsActiveDuring(period),
            static (e, period) => e.IsDuring(period.Start, period.End));
        foreach (var (mentee, first) in starts)
        {
            tally.Denominator++;
            var from = first > period.Start ? first : period.Start;
            if (context.Facts.AchievementsByEducator.TryGetValue(mentee, out var achievements) && AnyIn(achievements, from, period.End))
            {
                tally.Count(mentee.Value);
            }
        }
    }

    private static bool AnyIn(List<AchievementFact> achievements, LocalDate from, LocalDate to)
    {
        foreach (var a in achievements)
        {
            if (a.On >= from && a.On <= to)
            {
                return true;
            }
        }

        return false;
    }
}
