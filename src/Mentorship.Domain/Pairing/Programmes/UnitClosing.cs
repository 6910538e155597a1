using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;

namespace Mentorship.Domain.Pairing.Programmes;

/// <summary>
/// Ends a pair or group together with its personalised programme, all or nothing: completing the unit completes its
/// approved programme with the evaluation, and ending the unit early closes its programme if still open. The register
/// and the programme are two aggregates (the register names no programme); this is the one operation that keeps them
/// in step, so that a host saves both or neither.
/// </summary>
public static class UnitClosing
{
    /// <summary>
    /// Completes an active unit (<see cref="PairingRegister.Complete"/>) and its approved programme
    /// (<see cref="PersonalizedProgram.Complete"/>) on the evaluation's date with its outcome. Every rule of both is
    /// checked first; a refusal changes neither.
    /// </summary>
    /// <param name="register">The register holding the unit.</param>
    /// <param name="programme">The unit's programme.</param>
    /// <param name="evaluation">The evaluation: date (on or after the period's last day), outcome, conclusions.</param>
    /// <returns>Accepted; or a rejection naming every broken rule of the unit and of the programme.</returns>
    /// <exception cref="ArgumentException">The programme is not of a unit of the register.</exception>
    public static CommandResult Complete(PairingRegister register, PersonalizedProgram programme, ProgramEvaluation evaluation)
    {
        Guard.Against.Null(register);
        Guard.Against.Null(programme);
        Guard.Against.Null(evaluation);
        CheckBelongs(register, programme);
        var violations = new List<RuleViolation>();
        violations.AddIfPresent(register.CheckCompletion(programme.UnitId, evaluation.CompletedOn));
        violations.AddIfPresent(ProgramStatusRule.Check(programme, ProgramStatusRule.NotApproved, ProgramStatus.Approved));
        if (violations.Count > 0)
        {
            return new Rejection(violations);
        }

        register.ApplyCompletion(programme.UnitId, evaluation.CompletedOn, evaluation.Outcome);
        var completed = programme.Complete(evaluation);
        return completed.IsAccepted ? completed : throw new InvalidOperationException("The programme refused a completion checked before.");
    }

    /// <summary>
    /// Ends a fixed or active unit early by an order (<see cref="PairingRegister.TerminateEarly"/>) and closes its
    /// programme, if given and still a draft or approved, on the unit's last day (<see cref="PersonalizedProgram.Close"/>).
    /// </summary>
    /// <param name="register">The register holding the unit.</param>
    /// <param name="unitId">The unit.</param>
    /// <param name="request">The notice, grounds, last day and order.</param>
    /// <param name="programme">The unit's programme, if it has one.</param>
    /// <returns>The order on early termination, or a rejection; a refusal changes neither.</returns>
    /// <exception cref="ArgumentException">The programme is of another unit.</exception>
    public static Outcome<AdministrativeOrder> TerminateEarly(
        PairingRegister register, MentoringUnitId unitId, EarlyTerminationRequest request, PersonalizedProgram? programme)
    {
        Guard.Against.Null(register);
        Guard.Against.Null(request);
        if (programme is not null && programme.UnitId != unitId)
        {
            throw new ArgumentException($"The programme of {programme.UnitId} is not the programme of {unitId}.", nameof(programme));
        }

        var ended = register.TerminateEarly(unitId, request);
        if (ended.IsAccepted && programme is { Status: ProgramStatus.Draft or ProgramStatus.Approved })
        {
            programme.Close(request.EndsOn);
        }

        return ended;
    }

    private static void CheckBelongs(PairingRegister register, PersonalizedProgram programme)
    {
        if (!register.TryGet(programme.UnitId, out _) || programme.OrganizationId != register.OrganizationId)
        {
            throw new ArgumentException($"The programme of {programme.UnitId} is not of a unit of the register {register}.", nameof(programme));
        }
    }
}
