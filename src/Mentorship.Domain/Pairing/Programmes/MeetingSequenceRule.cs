using Mentorship.Domain.Common;

namespace Mentorship.Domain.Pairing.Programmes;

/// <summary>
/// The standard meeting sequence needs at least 4 working days in the period (introduction, trial, planning, final on
/// different days), and the series asked for must fit between planning and the final meeting.
/// </summary>
public static class MeetingSequenceRule
{
    /// <summary>Code: fewer than 4 working days.</summary>
    public const string TooFewWorkingDays = "meeting-sequence.too-few-working-days";

    /// <summary>Code: the series asked for does not fit.</summary>
    public const string SeriesDoesNotFit = "meeting-sequence.series-does-not-fit";

    /// <summary>The fewest working days the sequence needs.</summary>
    public const int MinWorkingDays = 4;

    /// <summary>Checks the number of working days.</summary>
    /// <param name="workingDays">The working days in the period.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? Check(int workingDays) =>
        workingDays >= MinWorkingDays
            ? null
            : RuleViolation.Create(nameof(MeetingSequenceRule), TooFewWorkingDays, null, ViolationArgument.Number("days", workingDays), ViolationArgument.Number("min", MinWorkingDays));

    /// <summary>Checks a series count against the working days between planning and the final meeting.</summary>
    /// <param name="seriesCount">The meetings asked for.</param>
    /// <param name="room">The working days strictly between planning and the final meeting.</param>
    /// <returns>The violation, or <see langword="null"/>.</returns>
    public static RuleViolation? CheckSeries(int seriesCount, int room) =>
        seriesCount <= room
            ? null
            : RuleViolation.Create(nameof(MeetingSequenceRule), SeriesDoesNotFit, null, ViolationArgument.Number("count", seriesCount), ViolationArgument.Number("room", room));
}
