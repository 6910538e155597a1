using System.Globalization;
using Mentorship.Domain.Common;
using NodaTime;

namespace Mentorship.Domain.Monitoring.LocalActs;

/// <summary>
/// An act that loses force is one of the register's, loses force on or after its first day in force, and not after
/// the day it already stopped (the register shortens a period, never revives an act: register the new act instead).
/// </summary>
public static class LocalActRepealRule
{
    /// <summary>Code: no act with that identifier.</summary>
    public const string Unknown = "local-act.unknown";

    /// <summary>Code: the last day in force would precede the first.</summary>
    public const string BeforeStart = "local-act.repealed-before-start";

    /// <summary>Code: the act already stopped earlier.</summary>
    public const string AlreadyEnded = "local-act.already-ended";

    /// <summary>Checks a repeal.</summary>
    /// <param name="act">The act, or <see langword="null"/> when the identifier is unknown.</param>
    /// <param name="id">The identifier asked for.</param>
    /// <param name="lastDay">The new last day in force.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(LocalAct? act, int id, LocalDate lastDay)
    {
        var subject = id.ToString(CultureInfo.InvariantCulture);
        if (act is null)
        {
            return RuleViolation.Create(nameof(LocalActRepealRule), Unknown, subject, ViolationArgument.Identifier("act", subject));
        }

        if (lastDay < act.InForceFrom)
        {
            return RuleViolation.Create(nameof(LocalActRepealRule), BeforeStart, subject, ViolationArgument.Date("through", lastDay), ViolationArgument.Date("from", act.InForceFrom));
        }

        return act.InForceThrough is { } through && through < lastDay
            ? RuleViolation.Create(nameof(LocalActRepealRule), AlreadyEnded, subject, ViolationArgument.Date("through", through))
            : null;
    }
}
