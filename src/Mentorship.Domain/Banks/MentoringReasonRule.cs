using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Banks;

/// <summary>
/// A mentee's stated reasons hold on the day of admission: «молодой специалист» only for a person the
/// <see cref="YoungSpecialistRule"/> covers on that day. A person who no longer is gets another reason (e.g.
/// <see cref="MentoringReason.ProfessionalDifficulties"/>); the bank refuses rather than records a wrong reason, because
/// the reason feeds reports and the young-specialist status is computed, not declared.
/// </summary>
public static class MentoringReasonRule
{
    /// <summary>Code: the reason «young specialist» is given for a person who is not one on the day of admission.</summary>
    public const string NotYoungSpecialist = "mentoring-reason.not-young-specialist";

    /// <summary>Checks the reasons of an application.</summary>
    /// <param name="educator">The educator applying.</param>
    /// <param name="reasons">The stated reasons.</param>
    /// <param name="on">The day of admission.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(Educator educator, IEnumerable<MentoringReason> reasons, LocalDate on)
    {
        Guard.Against.Null(educator);
        Guard.Against.Null(reasons);
        return reasons.Contains(MentoringReason.YoungSpecialist) && !YoungSpecialistRule.Applies(educator, on)
            ? RuleViolation.Create(
                nameof(MentoringReasonRule),
                NotYoungSpecialist,
                educator.Id.Value,
                ViolationArgument.Identifier("mentee", educator.Id.Value),
                ViolationArgument.Date("on", on))
            : null;
    }
}
