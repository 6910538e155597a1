using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Pairing.Programmes;

/// <summary>A done mark goes on an existing plan item, once; only a mark that is there can be removed.</summary>
public static class PlanItemRule
{
    /// <summary>Code: no item with that number.</summary>
    public const string UnknownItem = "plan-item.unknown";

    /// <summary>Code: the item is already marked done.</summary>
    public const string AlreadyDone = "plan-item.already-done";

    /// <summary>Code: the item has no done mark to remove.</summary>
    public const string NotDone = "plan-item.not-done";

    /// <summary>Checks a done mark.</summary>
    /// <param name="program">The programme.</param>
    /// <param name="number">The item's number, from 1.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? CheckMark(PersonalizedProgram program, int number)
    {
        Guard.Against.Null(program);
        if (number < 1 || number > program.Plan.Count)
        {
            return RuleViolation.Create(nameof(PlanItemRule), UnknownItem, program.UnitId.Value, ViolationArgument.Number("number", number));
        }

        return program.Plan[number - 1].IsDone
            ? RuleViolation.Create(nameof(PlanItemRule), AlreadyDone, program.UnitId.Value, ViolationArgument.Number("number", number))
            : null;
    }

    /// <summary>Checks the removal of a done mark.</summary>
    /// <param name="program">The programme.</param>
    /// <param name="number">The item's number, from 1.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? CheckUnmark(PersonalizedProgram program, int number)
    {
        Guard.Against.Null(program);
        if (number < 1 || number > program.Plan.Count)
        {
            return RuleViolation.Create(nameof(PlanItemRule), UnknownItem, program.UnitId.Value, ViolationArgument.Number("number", number));
        }

        return program.Plan[number - 1].IsDone
            ? null
            : RuleViolation.Create(nameof(PlanItemRule), NotDone, program.UnitId.Value, ViolationArgument.Number("number", number));
    }
}
