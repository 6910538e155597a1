using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// A mentor never leads more places at once than their capacity, across all their pairs and groups: on every day
/// the sum of the places taken (one per individual pair, <see cref="PairingPolicy.GroupPlaces"/> per group) is at
/// most the capacity.
/// </summary>
public static class MentorLoadRule
{
    /// <summary>Code: the mentor would be over capacity.</summary>
    public const string OverCapacity = "mentor-load.over-capacity";

    /// <summary>Checks the greatest load a change would give a mentor.</summary>
    /// <param name="mentor">The mentor.</param>
    /// <param name="capacity">The mentor's capacity.</param>
    /// <param name="peakLoad">The greatest number of places taken on one day, the change included.</param>
    /// <param name="peakDay">A day on which that load is reached.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(EducatorId mentor, int capacity, int peakLoad, LocalDate peakDay) =>
        peakLoad <= capacity
            ? null
            : RuleViolation.Create(
                nameof(MentorLoadRule),
                OverCapacity,
                mentor.Value,
                ViolationArgument.Identifier("mentor", mentor.Value),
                ViolationArgument.Number("load", peakLoad),
                ViolationArgument.Date("day", peakDay),
                ViolationArgument.Number("capacity", capacity));
}
