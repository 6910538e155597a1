using Mentorship.Domain.Matching;

namespace Mentorship.WebHost.Contracts;

/// <summary>How a pair's score is made: each covered request (weight by rank × the mentor's level), the requests left uncovered, the bonuses.</summary>
public sealed record ScoreView(IReadOnlyList<CoveredRequestView> Covered, IReadOnlyList<string> Uncovered, int SubjectBonus, int OrganizationBonus, int Total, string Explanation)
{
    internal static ScoreView Of(ScoreBreakdown b) => new(
        b.Covered.Select(c => new CoveredRequestView(c.Topic.Value, c.Rank, c.Weight, c.Level, c.Points)).ToArray(),
        b.Uncovered.Select(t => t.Value).ToArray(),
        b.SubjectBonus,
        b.OrganizationBonus,
        b.Total,
        b.ToString());
}
