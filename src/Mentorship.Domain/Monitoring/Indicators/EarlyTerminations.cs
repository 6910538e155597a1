using Mentorship.Domain.Monitoring.Facts;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>K5, early terminations and mentor replacements (lower is better).</summary>
/// <remarks>
/// <para><b>Denominator:</b> the organisation's programmes (pairs and groups) active on at least one day of the period.</para>
/// <para><b>Numerator:</b> those ended early in the period (closed as <see cref="ProgrammeClosure.EndedEarly"/> on a day
/// of it) or with a mentor replaced in the period. A mentee released from a group (or moved to another) is not an
/// early termination: the domain guide defines K5 over pairs and groups, and the group has not ended; the release shows
/// in the indicators that count the mentee (K1, K2, K9, K10, K11).</para>
/// <para><b>Drill-down:</b> the counted programmes' identifiers.</para>
/// </remarks>
internal sealed class EarlyTerminations() : SingleResultIndicator(new(
    IndicatorCode.K5,
    IndicatorKind.Share,
    false,
    "Досрочные прекращения и замены наставника",
    "пары и группы, прекращённые досрочно или со сменой наставника / пары и группы"))
{
    /// <inheritdoc />
    protected override void Count(IndicatorContext context, Tally tally)
    {
        var period = context.Period;
        foreach (var p in context.Own.Programmes)
        {
            if (!p.IsActiveDuring(period))
            {
                continue;
            }

            tally.Denominator++;
            var endedEarly = p.ClosedOn is { } closed && period.Contains(closed) && p.Closure == ProgrammeClosure.EndedEarly;
            var replaced = false;
            foreach (var r in p.ReplacementArray)
            {
                replaced |= period.Contains(r.On);
            }

            if (endedEarly || replaced)
            {
                tally.Count(p.Id);
            }
        }
    }
}
