using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// A personalised programme runs 3 to 12 months (federal methodology). Outside that range the caller is warned and
/// must acknowledge <see cref="OutsideRange"/>; the period is never refused or changed silently.
/// </summary>
/// <remarks>
/// The months are counted on the day after the end: 1 September – 30 November is 3 months, 1 September – 31 August of
/// the next year 12.
/// </remarks>
public static class ProgramPeriodRule
{
    /// <summary>Code of the warning: the period is shorter than 3 or longer than 12 months.</summary>
    public const string OutsideRange = "program-period.outside-3-12-months";

    /// <summary>The least months.</summary>
    public const int MinMonths = 3;

    /// <summary>The most months.</summary>
    public const int MaxMonths = 12;

    /// <summary>Whether a period is 3 to 12 months long.</summary>
    /// <param name="period">The period, both ends included.</param>
    /// <returns><see langword="true"/> when inside the range.</returns>
    public static bool IsWithinRange(DateInterval period)
    {
        Guard.Against.Null(period);
        var afterEnd = period.End.PlusDays(1);
        return afterEnd >= period.Start.PlusMonths(MinMonths) && afterEnd <= period.Start.PlusMonths(MaxMonths);
    }

    /// <summary>Checks a period.</summary>
    /// <param name="period">The period, both ends included.</param>
    /// <returns>The warning, or <see langword="null"/>.</returns>
    public static PairingWarning? Check(DateInterval period) =>
        IsWithinRange(period)
            ? null
            : new PairingWarning(
                nameof(ProgramPeriodRule),
                OutsideRange,
                RuleViolation.Create(
                    nameof(ProgramPeriodRule),
                    OutsideRange,
                    null,
                    ViolationArgument.Period("period", period),
                    ViolationArgument.Number("min", MinMonths),
                    ViolationArgument.Number("max", MaxMonths)).Message);
}
