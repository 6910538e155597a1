using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>What an <see cref="Indicator"/> counts for one organisation: all the facts, the organisation's own slice, the period and the policy.</summary>
internal sealed class IndicatorContext(MonitoringFacts facts, OrganizationId organization, DateInterval period, MonitoringPolicy policy)
{
    /// <summary>Every fact (for look-ups across organisations: employments, mentor banks, achievements, entry responses).</summary>
    public MonitoringFacts Facts { get; } = facts;

    /// <summary>The organisation counted.</summary>
    public OrganizationId Organization { get; } = organization;

    /// <summary>The organisation's own facts.</summary>
    public OrganizationFacts Own { get; } = facts.Of(organization);

    /// <summary>The period, both ends included.</summary>
    public DateInterval Period { get; } = period;

    /// <summary>The last day of the period: the day the state-of indicators are taken.</summary>
    public LocalDate AsOf => Period.End;

    /// <summary>Targets and settings.</summary>
    public MonitoringPolicy Policy { get; } = policy;
}
