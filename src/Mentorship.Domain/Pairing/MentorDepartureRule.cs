using System.Linq;
using Ardalis.GuardClauses;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// A mentor who leaves the organisation leads no pair or group after their last working day: under Labour Code art.
/// 351.8 the assignment ends with the job, so each unit they would still lead is first given a new mentor
/// (<see cref="PairingRegister.ReplaceMentor"/>, grounds <see cref="ReplacementGrounds.MentorLeftJob"/>), ended early
/// (<see cref="PairingRegister.TerminateEarly"/>, <see cref="EarlyTerminationGrounds.MentorLeftJob"/>) or, not yet fixed,
/// cancelled.
/// </summary>
public static class MentorDepartureRule
{
    /// <summary>The mentor still leads units after their last day.</summary>
    public const string UnitsStillLed = "mentor-departure.units-still-led";

    /// <summary>Checks that a leaving mentor leads nothing in a register after their last day.</summary>
    /// <param name="register">The register.</param>
    /// <param name="mentor">The mentor.</param>
    /// <param name="lastDay">The mentor's last working day.</param>
    /// <returns>The violation naming the units still led, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(PairingRegister register, EducatorId mentor, LocalDate lastDay)
    {
        Guard.Against.Null(register);
        var led = register.UnitsOf(mentor)
            .Where(u => u.Status != MentoringUnitStatus.Cancelled && u.Tenures().Any(t => t.Mentor == mentor && t.Span.End > lastDay))
            .Select(u => u.Id.Value)
            .ToArray();
        return led.Length == 0
            ? null
            : RuleViolation.Create(
                nameof(MentorDepartureRule),
                UnitsStillLed,
                mentor.Value,
                ViolationArgument.Identifier("mentor", mentor.Value),
                ViolationArgument.Date("last", lastDay),
                ViolationArgument.Text("units", string.Join(", ", led)));
    }
}
