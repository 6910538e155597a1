namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>K13, the share of the organisation's active mentors whose agreement states pay, a state on the period's last day.</summary>
/// <remarks>
/// <para><b>Denominator:</b> the active mentors on the last day (<see cref="ActiveMentors"/>, K9's denominator).</para>
/// <para><b>Numerator:</b> those of them whose agreement under Labour Code art. 351.8, for at least one programme they
/// lead that day, states a monthly supplement above zero (<see cref="Facts.FixedUnitFact.MonthlyPay"/>; the agreement the
/// facts hold is the current mentor's, so a mentor who has since been replaced is read as without one). The monthly
/// total of those supplements is in the report's census.</para>
/// <para><b>Drill-down:</b> the counted mentors' identifiers.</para>
/// </remarks>
internal sealed class MentorPay() : SingleResultIndicator(new(
    IndicatorCode.K13,
    IndicatorKind.Share,
    false,
    "Доля наставников с доплатой",
    "действующие наставники, чьё соглашение (ст. 351.8 ТК РФ) устанавливает доплату / все действующие наставники"))
{
    /// <inheritdoc />
    protected override void Count(IndicatorContext context, Tally tally)
    {
        foreach (var active in ActiveMentors.On(context.Own, context.AsOf))
        {
            tally.Denominator++;
            foreach (var p in active.Value)
            {
                if (ActiveMentors.PayOf(context.Facts, p, active.Key) > 0)
                {
                    tally.Count(active.Key.Value);
                    break;
                }
            }
        }
    }
}
