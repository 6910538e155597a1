using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing.Programmes;

/// <summary>
/// A programme has one diagnosis per mentee of its unit and none for anyone else, a goal, at least one task, at least
/// one plan item, every item dated inside the period, at least one expected result and one reporting form.
/// </summary>
public static class ProgramContentRule
{
    /// <summary>Code: a mentee has no diagnosis.</summary>
    public const string DiagnosisMissing = "program.diagnosis-missing";

    /// <summary>Code: a diagnosis of someone who is not a mentee of the unit, or of a mentee twice.</summary>
    public const string DiagnosisNotForAMentee = "program.diagnosis-not-for-a-mentee";

    /// <summary>Code: no goal.</summary>
    public const string GoalMissing = "program.goal-missing";

    /// <summary>Code: no task.</summary>
    public const string NoTasks = "program.no-tasks";

    /// <summary>Code: no plan item.</summary>
    public const string NoPlanItems = "program.no-plan-items";

    /// <summary>Code: a plan item dated outside the period.</summary>
    public const string ItemOutsidePeriod = "program.item-outside-period";

    /// <summary>Code: no expected result.</summary>
    public const string NoExpectedResults = "program.no-expected-results";

    /// <summary>Code: no reporting form.</summary>
    public const string NoReportingForms = "program.no-reporting-forms";

    /// <summary>Checks a draft against the unit's mentees and period.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="mentees">The unit's mentees.</param>
    /// <param name="period">The unit's period.</param>
    /// <param name="subject">The unit concerned.</param>
    /// <returns>The violations, empty when the rule holds.</returns>
    public static IReadOnlyList<RuleViolation> Check(ProgramDraft draft, IReadOnlyList<EducatorId> mentees, DateInterval period, string? subject = null)
    {
        Guard.Against.Null(draft);
        Guard.Against.Null(mentees);
        Guard.Against.Null(period);
        var violations = new List<RuleViolation>();
        var diagnosed = (draft.Diagnoses ?? []).Select(d => Guard.Against.Null(d, nameof(draft)).Mentee).ToArray();
        foreach (var missing in mentees.Where(m => !diagnosed.Contains(m)))
        {
            violations.Add(Violation(DiagnosisMissing, missing.Value, ViolationArgument.Identifier("mentee", missing.Value)));
        }

        foreach (var stray in diagnosed.GroupBy(d => d).Where(g => g.Count() > 1 || !mentees.Contains(g.Key)))
        {
            violations.Add(Violation(DiagnosisNotForAMentee, stray.Key.Value, ViolationArgument.Identifier("mentee", stray.Key.Value)));
        }

        if (string.IsNullOrWhiteSpace(draft.Goal))
        {
            violations.Add(Violation(GoalMissing, subject));
        }

        if (Blank(draft.Tasks))
        {
            violations.Add(Violation(NoTasks, subject));
        }

        var plan = draft.Plan ?? [];
        if (plan.Count == 0)
        {
            violations.Add(Violation(NoPlanItems, subject));
        }

        foreach (var item in plan.Where(i => !period.Contains(Guard.Against.Null(i, nameof(draft)).Date)))
        {
            violations.Add(ItemOutside(item, period, subject));
        }

        if (Blank(draft.ExpectedResults))
        {
            violations.Add(Violation(NoExpectedResults, subject));
        }

        if (Blank(draft.ReportingForms))
        {
            violations.Add(Violation(NoReportingForms, subject));
        }

        return violations;
    }

    /// <summary>Checks that a plan item is dated inside the period.</summary>
    /// <param name="item">The item.</param>
    /// <param name="period">The period.</param>
    /// <param name="subject">The unit concerned.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? CheckItem(PlanItem item, DateInterval period, string? subject = null) =>
        Guard.Against.Null(period).Contains(Guard.Against.Null(item).Date) ? null : ItemOutside(item, period, subject);

    private static RuleViolation ItemOutside(PlanItem item, DateInterval period, string? subject) =>
        Violation(ItemOutsidePeriod, subject, ViolationArgument.Date("item", item.Date), ViolationArgument.Period("period", period));

    private static bool Blank(IReadOnlyList<string>? texts) => texts is null || !texts.Any(t => !string.IsNullOrWhiteSpace(t));

    private static RuleViolation Violation(string code, string? subject, params ViolationArgument[] arguments) =>
        RuleViolation.Create(nameof(ProgramContentRule), code, subject, arguments);
}
