using System.Globalization;
using System.Text;
using Mentorship.Domain.Matching;
using Mentorship.Domain.Tests.TestHelpers;

namespace Mentorship.Domain.Tests.Matching;

/// <summary>
/// What the matcher tells a methodologist, kept as approved text (<c>Matching/Golden/explanations.txt</c>): for fixed
/// small problems in both modes (optimal, and stable with group proposals), the result's summary, each pair with its
/// score breakdown, each mentee left without a mentor with the reason, the full mentors and the message, each group
/// proposal, and the explanation of every mentor and mentee taken together (verdict, violated rules with their
/// arguments, score, who they are paired with, what forcing the pair would cost, and the Russian message).
/// </summary>
public class MatchingExplanationGoldenTests
{
    private static readonly (int Mentees, int Mentors, int Seed, bool Network, int MinimumScore)[] Problems =
    [
        (3, 2, 21, false, 0),
        (4, 2, 22, true, 0),
        (5, 3, 23, true, 3),
        (6, 3, 24, false, 0),
        (6, 4, 25, true, 0),
        (5, 2, 26, true, 6),
    ];

    [Fact]
    public void Explain_EveryPairOfFixedProblems_InBothModes_IsApproved()
    {
        var text = new StringBuilder();
        foreach (var (mentees, mentors, seed, network, minimum) in Problems)
        {
            var built = SmallInstances.Build(mentees, mentors, seed, network, minimum);
            var policies = new[] { built.Policy, built.Policy.WithMode(MatchingMode.Stable).WithGroupProposals(true) };
            foreach (var policy in policies)
            {
                var problem = new MatchingProblem(built.Mentees, built.Mentors, policy);
                var result = problem.Solve(MatchingOptions.SingleThreaded);
                text.Append(CultureInfo.InvariantCulture, $"\n## {mentees}x{mentors} seed {seed}, {policy.Mode}{(network ? ", network" : string.Empty)}, minimum {minimum}, groups {policy.ProposeGroups}\n{result}\n");
                foreach (var a in result.Assignments)
                {
                    text.Append(CultureInfo.InvariantCulture, $"pair {a.Mentor} → {a.Mentee}: {a.Breakdown}{(a.IsKept ? " (kept)" : string.Empty)}\n");
                }

                foreach (var u in result.Unmatched)
                {
                    text.Append(CultureInfo.InvariantCulture, $"unmatched {u.Mentee} {u.Reason} full [{string.Join(", ", u.FullMentors)}]: {u.Message}\n");
                }

                foreach (var g in result.GroupProposals)
                {
                    text.Append(CultureInfo.InvariantCulture, $"group {g.Mentor} on {g.KeyRequest}: [{string.Join(", ", g.Mentees)}]\n");
                }

                foreach (var mentor in problem.Mentors)
                {
                    foreach (var mentee in problem.Mentees)
                    {
                        var e = result.Explain(mentor.Id, mentee.Id);
                        var violations = string.Join("; ", e.Violations.Select(v => $"{v.Code}({string.Join(", ", v.Arguments.Select(x => $"{x.Name}={x.Value}"))})"));
                        text.Append(CultureInfo.InvariantCulture, $"explain {mentor.Id} + {mentee.Id}: {e.Verdict} [{violations}] score {e.Score.Total}");
                        text.Append(CultureInfo.InvariantCulture, $" mentee's {e.MenteesMentor?.ToString() ?? "-"} mentor's [{string.Join(", ", e.MentorsMentees)}] forced {e.ForcedMatchedCount?.ToString(CultureInfo.InvariantCulture) ?? "-"}/{e.ForcedTotalScore?.ToString(CultureInfo.InvariantCulture) ?? "-"}\n  {e.Message}\n");
                    }
                }
            }
        }

        Golden.Check("Matching", "explanations.txt", text.ToString());
    }
}
