using Mentorship.Domain.Monitoring.Questionnaires;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>An indicator with one result per respondent role (K6, K7): mentee, mentor, coordinator.</summary>
internal abstract class PerRoleIndicator : Indicator
{
    private protected PerRoleIndicator(IndicatorDefinition definition)
        : base(definition)
    {
    }

    /// <summary>The tally of a role among the tallies given to <see cref="Indicator.Count"/>.</summary>
    /// <param name="tallies">The tallies, in <see cref="Indicator.Roles"/> order.</param>
    /// <param name="role">The role.</param>
    /// <returns>The role's tally.</returns>
    protected static Tally Of(Tally[] tallies, RespondentRole role) => tallies[(int)role - 1];
}
