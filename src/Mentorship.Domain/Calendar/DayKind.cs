namespace Mentorship.Domain.Calendar;

/// <summary>What a calendar day is for a five-day working week.</summary>
public enum DayKind
{
    /// <summary>An ordinary working day (including a Saturday or Sunday a decree made working).</summary>
    Working = 0,

    /// <summary>A working day one hour shorter because a non-working holiday follows (Labour Code art. 95).</summary>
    ShortenedWorking = 1,

    /// <summary>A Saturday or Sunday that is not a holiday and was not made working.</summary>
    Weekend = 2,

    /// <summary>A non-working public holiday of Labour Code art. 112 part 1, whatever weekday it falls on.</summary>
    Holiday = 3,

    /// <summary>
    /// A weekday off that is not itself a holiday: a day off moved from a holiday that fell on a weekend
    /// (art. 112 part 2) or a day moved by the government's yearly decree, such as 31 December.
    /// </summary>
    ExtraDayOff = 4,
}
