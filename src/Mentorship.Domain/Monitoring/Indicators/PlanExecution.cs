namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>K4, execution of the programmes' plans.</summary>
/// <remarks>
/// <para><b>Denominator:</b> plan items of the organisation's programmes due in the period, leaving out items due after
/// a programme's closing day.</para>
/// <para><b>Numerator:</b> those marked done on or before the period's last day.</para>
/// <para><b>Drill-down:</b> <c>programme/item</c> identifiers.</para>
/// </remarks>
internal sealed class PlanExecution() : SingleResultIndicator(new(
    IndicatorCode.K4,
    IndicatorKind.Share,
    false,
    "Выполнение планов программ",
    "выполненные пункты планов / пункты планов со сроком в периоде"))
{
    /// <inheritdoc />
    protected override void Count(IndicatorContext context, Tally tally)
    {
        var period = context.Period;
        var asOf = period.End;
        foreach (var p in context.Own.Programmes)
        {
            // A programme closed before the period has no item left to count: items after its closing day are out.
            if (p.ClosedOn is { } closedBefore && closedBefore < period.Start)
            {
                continue;
            }

            foreach (var item in p.PlanArray)
            {
                if (!period.Contains(item.Due) || (p.ClosedOn is { } closed && item.Due > closed))
                {
                    continue;
                }

                tally.Denominator++;
                if (item.DoneOn is { } done && done <= asOf)
                {
                    tally.Count(p.Id, item.Id);
                }
            }
        }
    }
}
