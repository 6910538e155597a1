using Mentorship.Domain.Matching;

namespace Mentorship.WebHost.Contracts;

/// <summary>A proposed (or kept) pair with its score explained.</summary>
public sealed record AssignmentView(string Mentor, string Mentee, int Score, ScoreView Breakdown, bool IsKept)
{
    internal static AssignmentView Of(MatchingAssignment a) => new(a.Mentor.Value, a.Mentee.Value, a.Score, ScoreView.Of(a.Breakdown), a.IsKept);
}
