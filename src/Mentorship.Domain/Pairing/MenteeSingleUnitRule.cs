using Mentorship.Domain.Common;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Pairing;

/// <summary>A mentee is in one pair or group at a time: the periods of their units do not overlap.</summary>
public static class MenteeSingleUnitRule
{
    /// <summary>Code: the mentee is already in a unit during the period.</summary>
    public const string AlreadyInUnit = "mentee-unit.already-in-unit";

    /// <summary>Checks a mentee against the unit they are already in during the period, if any.</summary>
    /// <param name="mentee">The mentee.</param>
    /// <param name="overlapping">The unit whose span overlaps the period, or <see langword="null"/>.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(EducatorId mentee, MentoringUnitId? overlapping) =>
        overlapping is { } unit
            ? RuleViolation.Create(nameof(MenteeSingleUnitRule), AlreadyInUnit, mentee.Value, ViolationArgument.Identifier("mentee", mentee.Value), ViolationArgument.Identifier("unit", unit.Value))
            : null;
}
