namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>An indicator with one result per scope (all but the per-role questionnaire indicators).</summary>
internal abstract class SingleResultIndicator : Indicator
{
    private protected SingleResultIndicator(IndicatorDefinition definition)
        : base(definition)
    {
    }

    /// <inheritdoc />
    public sealed override void Count(IndicatorContext context, Tally[] tallies) => Count(context, tallies[0]);

    /// <summary>Counts one organisation's facts for the period into its tally.</summary>
    /// <param name="context">The facts, the organisation, the period and the policy.</param>
    /// <param name="tally">The empty tally, filled in place.</param>
    protected abstract void Count(IndicatorContext context, Tally tally);
}
