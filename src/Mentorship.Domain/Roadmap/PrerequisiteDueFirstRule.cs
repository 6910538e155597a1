using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Roadmap;

/// <summary>A work item that follows another must not be due before it: a conflict in the roadmap otherwise.</summary>
public static class PrerequisiteDueFirstRule
{
    /// <summary>The code of the violation.</summary>
    public const string Code = "roadmap.due-before-prerequisite";

    /// <summary>Checks one dependency.</summary>
    /// <param name="dependent">The work item that follows.</param>
    /// <param name="prerequisite">The work item that comes first.</param>
    /// <param name="dependency">The dependency rule's name, for the message.</param>
    /// <returns>Null when <paramref name="dependent"/> is due on or after <paramref name="prerequisite"/>; otherwise the violation, whose subject is the dependent's id.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static RuleViolation? Check(WorkItem dependent, WorkItem prerequisite, string dependency)
    {
        Guard.Against.Null(dependent);
        Guard.Against.Null(prerequisite);
        Guard.Against.Null(dependency);
        if (dependent.Due >= prerequisite.Due)
        {
            return null;
        }

        return RuleViolation.Create(
            nameof(PrerequisiteDueFirstRule),
            Code,
            dependent.Id,
            ViolationArgument.Identifier("item", dependent.Id),
            ViolationArgument.Date("due", dependent.Due),
            ViolationArgument.Identifier("prerequisite", prerequisite.Id),
            ViolationArgument.Date("prerequisiteDue", prerequisite.Due),
            ViolationArgument.Text("dependency", dependency));
    }
}
