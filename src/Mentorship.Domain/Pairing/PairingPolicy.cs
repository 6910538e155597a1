using Ardalis.GuardClauses;

namespace Mentorship.Domain.Pairing;

/// <summary>
/// The organisation's settings for running pairs and groups: how many places a mentor has when none was set
/// (default 2, as in most local acts; some say 3), how many places a group takes (default 1), the largest group
/// (default 10) and the notice for early termination in working days (at least the 3 of Labour Code art. 351.8).
/// </summary>
/// <remarks>
/// A mentor's load on a day is the sum of the places taken by the pairs and groups they lead on that day: one per
/// individual pair, <see cref="GroupPlaces"/> per group whatever its size. The capacity rule holds on every day.
/// </remarks>
public sealed record PairingPolicy
{
    /// <summary>The least notice the law allows: 3 working days (Labour Code art. 351.8).</summary>
    public const int StatutoryNoticeWorkingDays = 3;

    /// <summary>Creates a policy.</summary>
    /// <param name="defaultCapacity">Places of a mentor whose capacity was not set, at least 1.</param>
    /// <param name="groupPlaces">Places a group takes, at least 1.</param>
    /// <param name="maxGroupSize">The most mentees in a group, at least 2.</param>
    /// <param name="noticeWorkingDays">The notice of early termination in working days, at least 3.</param>
    /// <exception cref="System.ArgumentException">A value is out of range.</exception>
    public PairingPolicy(int defaultCapacity = 2, int groupPlaces = 1, int maxGroupSize = 10, int noticeWorkingDays = StatutoryNoticeWorkingDays)
    {
        DefaultCapacity = Guard.Against.NegativeOrZero(defaultCapacity);
        GroupPlaces = Guard.Against.NegativeOrZero(groupPlaces);
        MaxGroupSize = Guard.Against.OutOfRange(maxGroupSize, nameof(maxGroupSize), 2, 1000);
        NoticeWorkingDays = Guard.Against.OutOfRange(noticeWorkingDays, nameof(noticeWorkingDays), StatutoryNoticeWorkingDays, 60);
    }

    /// <summary>The default policy: capacity 2, a group takes 1 place, groups of up to 10, notice of 3 working days.</summary>
    public static PairingPolicy Default { get; } = new();

    /// <summary>Places of a mentor whose capacity was not set.</summary>
    public int DefaultCapacity { get; }

    /// <summary>Places a group takes.</summary>
    public int GroupPlaces { get; }

    /// <summary>The most mentees in a group.</summary>
    public int MaxGroupSize { get; }

    /// <summary>The notice of early termination in working days.</summary>
    public int NoticeWorkingDays { get; }
}
