using Mentorship.Domain.People;

namespace Mentorship.Domain.Matching;

/// <summary>One pair of a result: the mentor, the mentee and the explained score.</summary>
/// <param name="Mentor">The mentor.</param>
/// <param name="Mentee">The mentee.</param>
/// <param name="Breakdown">The score with its parts and the requests left uncovered.</param>
/// <param name="IsKept">Whether the pair was already in place and kept, rather than proposed now.</param>
public sealed record MatchingAssignment(EducatorId Mentor, EducatorId Mentee, ScoreBreakdown Breakdown, bool IsKept = false)
{
    /// <summary>The score of the pair.</summary>
    public int Score => Breakdown.Total;
}
