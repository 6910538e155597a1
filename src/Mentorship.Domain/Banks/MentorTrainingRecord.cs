using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Banks;

/// <summary>A mentor's training record (roadmap item 2.3), sessions in date order. Immutable.</summary>
public sealed class MentorTrainingRecord
{
    private readonly TrainingSession[] _sessions;

    private MentorTrainingRecord(TrainingSession[] sessions) => _sessions = sessions;

    /// <summary>A record with no training.</summary>
    public static MentorTrainingRecord Empty { get; } = new([]);

    /// <summary>The sessions, by date then title.</summary>
    public IReadOnlyList<TrainingSession> Sessions => _sessions;

    /// <summary>Whether the mentor has taken part in any training.</summary>
    public bool IsTrained => _sessions.Length > 0;

    /// <summary>Total academic hours.</summary>
    public int TotalHours => _sessions.Sum(s => s.Hours);

    /// <summary>Creates a record from sessions.</summary>
    /// <param name="sessions">The sessions in any order.</param>
    /// <returns>The record.</returns>
    /// <exception cref="System.ArgumentException">A session has a blank title or negative hours.</exception>
    public static MentorTrainingRecord Of(IEnumerable<TrainingSession> sessions)
    {
        var array = Guard.Against.Null(sessions).ToArray();
        foreach (var s in array)
        {
            Guard.Against.Null(s, nameof(sessions));
            Guard.Against.NullOrWhiteSpace(s.Title, nameof(sessions));
            Guard.Against.Negative(s.Hours, nameof(sessions));
        }

        return new MentorTrainingRecord(array.OrderBy(s => s.Date).ThenBy(s => s.Title, System.StringComparer.Ordinal).ToArray());
    }

    /// <summary>The record with one more session.</summary>
    /// <param name="session">The session.</param>
    /// <returns>The new record.</returns>
    public MentorTrainingRecord With(TrainingSession session) => Of([.. _sessions, Guard.Against.Null(session)]);
}
