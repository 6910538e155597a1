using System.Collections.Generic;
using Mentorship.Domain.Monitoring.Facts;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>K8, retention in the profession.</summary>
/// <remarks>
/// <para><b>Denominator:</b> the organisation's mentees whose first day in a programme there (their own: the day a late
/// joiner joined; the earliest of their programmes there) has its anniversary
/// (<see cref="MonitoringPolicy.RetentionMonths"/> later) in the period.</para>
/// <para><b>Numerator:</b> those employed anywhere on that anniversary.</para>
/// <para><b>Drill-down:</b> the counted mentees' identifiers.</para>
/// </remarks>
internal sealed class Retention() : SingleResultIndicator(new(
    IndicatorCode.K8,
    IndicatorKind.Share,
    false,
    "Закрепление в профессии",
    "наставляемые, работающие через 12 месяцев после начала программы / наставляемые"))
{
    /// <inheritdoc />
    protected override void Count(IndicatorContext context, Tally tally)
    {
        var period = context.Period;
        var starts = MenteeFirstStarts.Collect(
            context.Own.Programmes,
            period,
            static (p, period) => p.Start <= period.End,
            static (e, period) => e.From <= period.End);
        foreach (var (mentee, from) in starts)
        {
            var anniversary = from.PlusMonths(context.Policy.RetentionMonths);
            if (!period.Contains(anniversary))
            {
                continue;
            }

            tally.Denominator++;
            if (context.Facts.EmploymentsByEducator.TryGetValue(mentee, out var jobs) && IsEmployedOn(jobs, anniversary))
            {
                tally.Count(mentee.Value);
            }
        }
    }

    private static bool IsEmployedOn(List<EducatorFact> jobs, LocalDate on)
    {
        foreach (var j in jobs)
        {
            if (j.IsEmployedOn(on))
            {
                return true;
            }
        }

        return false;
    }
}
