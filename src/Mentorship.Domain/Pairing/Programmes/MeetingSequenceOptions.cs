using Ardalis.GuardClauses;

namespace Mentorship.Domain.Pairing.Programmes;

/// <summary>How the standard meeting sequence is spaced, in working days.</summary>
public sealed record MeetingSequenceOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="stageGapWorkingDays">Working days from the introduction to the trial meeting and from it to planning (default 5: a week).</param>
    /// <param name="seriesIntervalWorkingDays">Working days between meetings of the series (default 10: two weeks).</param>
    /// <param name="seriesCount">The number of series meetings; <see langword="null"/> (default) for as many as the interval gives.</param>
    /// <exception cref="System.ArgumentException">A value is below 1 (the count below 0).</exception>
    public MeetingSequenceOptions(int stageGapWorkingDays = 5, int seriesIntervalWorkingDays = 10, int? seriesCount = null)
    {
        StageGapWorkingDays = Guard.Against.NegativeOrZero(stageGapWorkingDays);
        SeriesIntervalWorkingDays = Guard.Against.NegativeOrZero(seriesIntervalWorkingDays);
        SeriesCount = seriesCount is { } n ? Guard.Against.Negative(n, nameof(seriesCount)) : null;
    }

    /// <summary>The default spacing: a week between the first stages, two weeks between series meetings.</summary>
    public static MeetingSequenceOptions Default { get; } = new();

    /// <summary>Working days from the introduction to the trial meeting and from it to planning.</summary>
    public int StageGapWorkingDays { get; }

    /// <summary>Working days between meetings of the series.</summary>
    public int SeriesIntervalWorkingDays { get; }

    /// <summary>The number of series meetings, or <see langword="null"/> for as many as the interval gives.</summary>
    public int? SeriesCount { get; }
}
