using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// "Work of one role follows work of another": every work item with role <see cref="Dependent"/> depends on every
/// work item with role <see cref="Prerequisite"/>, and must not be due before it (<see cref="PrerequisiteDueFirstRule"/>).
/// Immutable.
/// </summary>
public sealed class DependencyRule
{
    private DependencyRule(string name, WorkItemRole dependent, WorkItemRole prerequisite)
    {
        Name = name;
        Dependent = dependent;
        Prerequisite = prerequisite;
    }

    /// <summary>
    /// The mentorship cycle of the seed: the order fixing pairs follows both banks; the programmes follow the order;
    /// the monitoring report follows the pairs' work.
    /// </summary>
    public static IReadOnlyList<DependencyRule> Standard { get; } =
    [
        Create("order-after-mentee-bank", WorkItemRole.PairingOrder, WorkItemRole.MenteeBank),
        Create("order-after-mentor-bank", WorkItemRole.PairingOrder, WorkItemRole.MentorBank),
        Create("programmes-after-order", WorkItemRole.Programmes, WorkItemRole.PairingOrder),
        Create("report-after-pairs-work", WorkItemRole.MonitoringReport, WorkItemRole.PairsWork),
    ];

    /// <summary>A stable name, e.g. <c>order-after-mentee-bank</c>.</summary>
    public string Name { get; }

    /// <summary>The role of the work that follows.</summary>
    public WorkItemRole Dependent { get; }

    /// <summary>The role of the work that comes first.</summary>
    public WorkItemRole Prerequisite { get; }

    /// <summary>Creates a rule.</summary>
    /// <param name="name">A stable name.</param>
    /// <param name="dependent">The role of the work that follows.</param>
    /// <param name="prerequisite">The role of the work that comes first; not the same as <paramref name="dependent"/>.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="System.ArgumentException">A blank name, an undefined role, or the same role twice.</exception>
    public static DependencyRule Create(string name, WorkItemRole dependent, WorkItemRole prerequisite)
    {
        Guard.Against.NullOrWhiteSpace(name);
        Guard.Against.EnumOutOfRange(dependent);
        Guard.Against.EnumOutOfRange(prerequisite);
        if (dependent == prerequisite)
        {
            throw new System.ArgumentException("A role cannot follow itself.", nameof(prerequisite));
        }

        return new DependencyRule(name.Trim(), dependent, prerequisite);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name}: {Dependent} after {Prerequisite}";
}
