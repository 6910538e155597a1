using Mentorship.Domain.Monitoring.Facts;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>K3, programmes completed successfully.</summary>
/// <remarks>
/// <para><b>Denominator:</b> the organisation's programmes closed in the period (any closure).</para>
/// <para><b>Numerator:</b> those closed as <see cref="ProgrammeClosure.CompletedDone"/>. The closure is the group's: a
/// mentee released from or moved out of a group that goes on closes nothing.</para>
/// <para><b>Drill-down:</b> the counted programmes' identifiers.</para>
/// </remarks>
internal sealed class SuccessfulCompletion() : SingleResultIndicator(new(
    IndicatorCode.K3,
    IndicatorKind.Share,
    false,
    "Успешно завершённые программы",
    "программы, завершённые с результатом «выполнена» / программы, закрытые в периоде"))
{
    /// <inheritdoc />
    protected override void Count(IndicatorContext context, Tally tally)
    {
        foreach (var p in context.Own.Programmes)
        {
            if (p.ClosedOn is not { } closed || !context.Period.Contains(closed))
            {
                continue;
            }

            tally.Denominator++;
            if (p.Closure == ProgrammeClosure.CompletedDone)
            {
                tally.Count(p.Id);
            }
        }
    }
}
