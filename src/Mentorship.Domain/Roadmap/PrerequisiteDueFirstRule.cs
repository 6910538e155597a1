using System.Globalization;
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

        var message = string.Format(
            CultureInfo.InvariantCulture,
            "{0} is due {1:yyyy-MM-dd}, before its prerequisite {2} due {3:yyyy-MM-dd} ({4}).",
            dependent.Id,
            dependent.Due,
            prerequisite.Id,
            prerequisite.Due,
            dependency);
        return new RuleViolation(nameof(PrerequisiteDueFirstRule), Code, message, dependent.Id);
    }
}
