using System.Collections.Generic;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Monitoring.LocalActs;

/// <summary>
/// An act comes into force on or after the day it is adopted (a local act cannot bind before it exists), and its
/// last day in force is not before its first.
/// </summary>
public static class LocalActPeriodRule
{
    /// <summary>Code: in force before the date of adoption.</summary>
    public const string BeforeAdoption = "local-act.in-force-before-adoption";

    /// <summary>Code: the last day in force precedes the first.</summary>
    public const string EndsBeforeStart = "local-act.ends-before-start";

    /// <summary>Checks the days in force.</summary>
    /// <param name="date">The date of adoption.</param>
    /// <param name="from">The first day in force.</param>
    /// <param name="through">The last day in force, or <see langword="null"/>.</param>
    /// <param name="subject">The act's number or identifier, for the violation.</param>
    /// <returns>The violations, possibly none.</returns>
    public static IReadOnlyList<RuleViolation> Check(LocalDate date, LocalDate from, LocalDate? through, string? subject = null)
    {
        var violations = new List<RuleViolation>();
        if (from < date)
        {
            violations.Add(RuleViolation.Create(nameof(LocalActPeriodRule), BeforeAdoption, subject, ViolationArgument.Date("from", from), ViolationArgument.Date("date", date)));
        }

        if (through is { } last && last < from)
        {
            violations.Add(RuleViolation.Create(nameof(LocalActPeriodRule), EndsBeforeStart, subject, ViolationArgument.Date("through", last), ViolationArgument.Date("from", from)));
        }

        return violations;
    }

    /// <summary>Checks a draft's days in force.</summary>
    /// <param name="draft">The act.</param>
    /// <returns>The violations, possibly none.</returns>
    public static IReadOnlyList<RuleViolation> Check(LocalActDraft draft)
    {
        Guard.Against.Null(draft);
        return Check(draft.Date, draft.InForceFrom ?? draft.Date, draft.InForceThrough, draft.Number);
    }
}
