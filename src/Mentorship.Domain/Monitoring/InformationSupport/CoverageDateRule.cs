using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.Monitoring.Facts;
using NodaTime;

namespace Mentorship.Domain.Monitoring.InformationSupport;

/// <summary>A publication about a roadmap event is not dated before the event's window opens.</summary>
public static class CoverageDateRule
{
    /// <summary>Code: the publication precedes the item's window.</summary>
    public const string BeforeEvent = "coverage.before-event";

    /// <summary>Checks the date.</summary>
    /// <param name="item">The roadmap item.</param>
    /// <param name="on">The date of the publication.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(RoadmapItemFact item, LocalDate on)
    {
        Guard.Against.Null(item);
        return on >= item.Start
            ? null
            : RuleViolation.Create(nameof(CoverageDateRule), BeforeEvent, item.Id, ViolationArgument.Date("on", on));
    }
}
