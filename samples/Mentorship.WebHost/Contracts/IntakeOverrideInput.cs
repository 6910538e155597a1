using Mentorship.Domain.Banks;
using Mentorship.WebHost.Application;
using NodaTime;

namespace Mentorship.WebHost.Contracts;

/// <summary>The coordinator's decision to enter someone outside the intake window (recorded with the entry).</summary>
public sealed record IntakeOverrideInput(LocalDate? DecidedOn, string? Reason, string? CoordinatorId)
{
    internal IntakeOverride? ToOverride(InputErrors errors, string prefix)
    {
        var decidedOn = errors.Required(DecidedOn, $"{prefix}.decidedOn");
        var reason = errors.Required(Reason, $"{prefix}.reason");
        var coordinator = errors.Required(CoordinatorId, $"{prefix}.coordinatorId");
        return decidedOn is null || reason is null || coordinator is null ? null : new IntakeOverride(decidedOn.Value, reason.Trim(), coordinator.Trim());
    }
}
