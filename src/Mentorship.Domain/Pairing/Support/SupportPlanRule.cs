using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Pairing.Support;

/// <summary>A support plan has at least one measure, none dated before the plan opens; commands apply to an open plan and existing measures.</summary>
public static class SupportPlanRule
{
    /// <summary>Code: no measure.</summary>
    public const string NoMeasures = "support-plan.no-measures";

    /// <summary>Code: a measure dated before the plan opens.</summary>
    public const string MeasureBeforeOpening = "support-plan.measure-before-opening";

    /// <summary>Code: the plan is not open.</summary>
    public const string NotOpen = "support-plan.not-open";

    /// <summary>Code: no measure with that number, or already done.</summary>
    public const string UnknownOrDoneMeasure = "support-plan.unknown-or-done-measure";

    /// <summary>Checks a measure's date.</summary>
    /// <param name="measure">The measure.</param>
    /// <param name="openedOn">The plan's opening date.</param>
    /// <param name="subject">The mentee concerned.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? CheckDate(SupportMeasure measure, LocalDate openedOn, string? subject = null) =>
        Guard.Against.Null(measure).Date >= openedOn
            ? null
            : RuleViolation.Create(nameof(SupportPlanRule), MeasureBeforeOpening, subject, ViolationArgument.Date("measure", measure.Date), ViolationArgument.Date("opened", openedOn));
}
