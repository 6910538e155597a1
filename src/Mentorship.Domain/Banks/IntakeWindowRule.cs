using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Banks;

/// <summary>
/// Entries are made inside the bank's intake window of its year, unless the coordinator overrides it
/// (the override is recorded on the entry).
/// </summary>
public static class IntakeWindowRule
{
    /// <summary>Code: the date lies outside the window and there is no override.</summary>
    public const string Outside = "intake-window.outside";

    /// <summary>Checks an entry date.</summary>
    /// <param name="window">The bank's window.</param>
    /// <param name="year">The bank's intake year.</param>
    /// <param name="on">The date of the entry.</param>
    /// <param name="intakeOverride">The coordinator's override, if any.</param>
    /// <param name="subject">The person's identifier.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(IntakeWindow window, int year, LocalDate on, IntakeOverride? intakeOverride, string? subject = null)
    {
        Guard.Against.Null(window);
        if (intakeOverride is not null || window.Contains(year, on))
        {
            return null;
        }

        var dates = window.For(year);
        return RuleViolation.Create(
            nameof(IntakeWindowRule), Outside, subject, ViolationArgument.Date("on", on), ViolationArgument.Period("window", dates));
    }
}
