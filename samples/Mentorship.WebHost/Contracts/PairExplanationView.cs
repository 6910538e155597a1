using Mentorship.Domain.Matching;

namespace Mentorship.WebHost.Contracts;

/// <summary>The answer to "why is this mentor (not) the mentor of this mentee?".</summary>
public sealed record PairExplanationView(
    string Mentor,
    string Mentee,
    PairVerdict Verdict,
    IReadOnlyList<ViolationView> Violations,
    ScoreView Score,
    string? MenteesMentor,
    IReadOnlyList<string> MentorsMentees,
    int? ForcedMatchedCount,
    int? ForcedTotalScore,
    string Message)
{
    internal static PairExplanationView Of(PairExplanation e) => new(
        e.Mentor.Value,
        e.Mentee.Value,
        e.Verdict,
        e.Violations.Select(ViolationView.Of).ToArray(),
        ScoreView.Of(e.Score),
        e.MenteesMentor?.Value,
        e.MentorsMentees.Select(m => m.Value).ToArray(),
        e.ForcedMatchedCount,
        e.ForcedTotalScore,
        e.Message);
}
