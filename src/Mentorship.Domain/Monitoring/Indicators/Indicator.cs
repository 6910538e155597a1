using System.Collections.Generic;
using Mentorship.Domain.Monitoring.Questionnaires;

namespace Mentorship.Domain.Monitoring.Indicators;

/// <summary>
/// One monitoring indicator as a rule: its definition (what a report prints) and how it counts one organisation's
/// facts for a period into numerators, denominators and drill-down lists. <see cref="IndicatorCalculator"/> runs every
/// indicator registered in <see cref="IndicatorCatalog"/> per organisation and sums organisations for a municipality.
/// </summary>
/// <remarks>
/// A new indicator is a new subclass (of <see cref="SingleResultIndicator"/> or <see cref="PerRoleIndicator"/>), a
/// member of <see cref="IndicatorCode"/>, and one line in <see cref="IndicatorCatalog"/>'s registration. Implementations
/// are stateless singletons, so thread-safe; they read, never change, the facts.
/// </remarks>
internal abstract class Indicator
{
    private static readonly RespondentRole?[] NoRole = [null];
    private static readonly RespondentRole?[] EveryRole = [RespondentRole.Mentee, RespondentRole.Mentor, RespondentRole.Coordinator];

    private protected Indicator(IndicatorDefinition definition)
    {
        Definition = definition;
        Roles = definition.PerRole ? EveryRole : NoRole;
    }

    /// <summary>What the indicator is, in the words a report prints.</summary>
    public IndicatorDefinition Definition { get; }

    /// <summary>
    /// The role of each result the indicator gives, in order: one <see langword="null"/> for most; mentee, mentor and
    /// coordinator for a per-role indicator.
    /// </summary>
    public IReadOnlyList<RespondentRole?> Roles { get; }

    /// <summary>Counts one organisation's facts for the period.</summary>
    /// <param name="context">The facts, the organisation, the period and the policy.</param>
    /// <param name="tallies">One empty tally per entry of <see cref="Roles"/>, filled in place.</param>
    public abstract void Count(IndicatorContext context, Tally[] tallies);

    /// <inheritdoc />
    public override string ToString() => $"{Definition.Code} {GetType().Name}";
}
