namespace Mentorship.Domain.Matching;

/// <summary>
/// One direction of scoring: "owners" (the people whose eligible partners are listed) against "targets" (the
/// people of the other bank). Mentees against mentors, or mentors against mentees; the score is symmetric
/// (Σ over topics of the request's rank weight × the mentor's level, plus bonuses), so one form serves both.
/// </summary>
/// <remarks>
/// <para>Rows hold, topic by topic, one byte per target: the mentor's level (targets are mentors) or the
/// weight of the topic's rank in the mentee's list (targets are mentees). An owner brings the other factor
/// for each of its topics, so the request points of one owner for every target are a few vector additions.</para>
/// <para>Arrays are filled once by <see cref="MatchingIndex"/> and only read afterwards: a side is shared by
/// the threads that score.</para>
/// </remarks>
internal sealed class ScoringSide
{
    /// <summary>The number of targets.</summary>
    public int TargetCount { get; init; }

    /// <summary>Topic-major rows: <c>Rows[topic × TargetCount + target]</c>.</summary>
    public byte[] Rows { get; init; } = [];

    /// <summary>The targets teaching each subject, by subject index, in index order.</summary>
    public int[][] SubjectTargets { get; init; } = [];

    /// <summary>The targets of each organisation, by organisation index, in index order.</summary>
    public int[][] OrganizationTargets { get; init; } = [];

    /// <summary>Every target index, in order (the candidates in network mode).</summary>
    public int[] AllTargets { get; init; } = [];

    /// <summary>Per owner, the topic rows it multiplies.</summary>
    public int[][] OwnerTopics { get; init; } = [];

    /// <summary>Per owner, the factor of each of those rows (1 to 3).</summary>
    public byte[][] OwnerFactors { get; init; } = [];

    /// <summary>Per owner, its subject indices.</summary>
    public int[][] OwnerSubjects { get; init; } = [];

    /// <summary>Per owner, its organisation index.</summary>
    public int[] OwnerOrganization { get; init; } = [];

    /// <summary>Per owner, the targets ruled out by a conflict of interest (the mentee's excluded mentors).</summary>
    public int[][] OwnerExcluded { get; init; } = [];

    /// <summary>Per owner, the target who is the same person, or -1.</summary>
    public int[] OwnerSelf { get; init; } = [];

    /// <summary>Whether targets of other organisations are in scope.</summary>
    public bool Network { get; init; }

    /// <summary>The lowest score allowed.</summary>
    public int MinimumScore { get; init; }

    /// <summary>The number of owners.</summary>
    public int OwnerCount => OwnerOrganization.Length;
}
