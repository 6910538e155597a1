using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Pairing.Programmes;

/// <summary>
/// A programme command applies in the statuses it allows: a draft is approved; a draft or approved programme is
/// revised, extended or closed; an approved one is marked and completed. A programme is drawn up only for a unit that
/// is not cancelled or closed.
/// </summary>
public static class ProgramStatusRule
{
    /// <summary>Code: the command needs a draft.</summary>
    public const string NotDraft = "program-status.not-draft";

    /// <summary>Code: the command needs an approved programme.</summary>
    public const string NotApproved = "program-status.not-approved";

    /// <summary>Code: the programme is completed or closed.</summary>
    public const string NotOpen = "program-status.not-open";

    /// <summary>Code: the unit is cancelled, completed or ended early.</summary>
    public const string UnitNotOpen = "program-status.unit-not-open";

    /// <summary>Checks a status against those a command allows.</summary>
    /// <param name="program">The programme.</param>
    /// <param name="code">The code to report.</param>
    /// <param name="allowed">The statuses allowed.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(PersonalizedProgram program, string code, params ProgramStatus[] allowed)
    {
        Guard.Against.Null(program);
        return allowed.Contains(program.Status)
            ? null
            : RuleViolation.Create(
                nameof(ProgramStatusRule), code, program.UnitId.Value, ViolationArgument.Identifier("unit", program.UnitId.Value), ViolationArgument.Term("status", program.Status));
    }

    /// <summary>Checks that a unit can get a programme.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? CheckUnit(MentoringUnit unit) =>
        Guard.Against.Null(unit).IsOpen
            ? null
            : RuleViolation.Create(nameof(ProgramStatusRule), UnitNotOpen, unit.Id.Value, ViolationArgument.Identifier("unit", unit.Id.Value), ViolationArgument.Term("status", unit.Status));
}
