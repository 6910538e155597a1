using System.Text;
using Mentorship.Domain.Matching;
using Mentorship.Domain.Tests.TestHelpers;

namespace Mentorship.Domain.Tests.Matching;

/// <summary>
/// The work the exact solver does on fixed problems, kept as approved text (<c>Golden/solver-work.txt</c>): for each
/// problem, side and batch size, the number of Dijkstra phases, the arcs produced and the pairs returned. The
/// property tests check that the answer is optimal; this text also pins how it is reached, so a change that keeps the
/// optimum but makes the solver read more arcs, run more phases or pick another of equal optima shows as a
/// difference to read (and to approve with <c>MENTORSHIP_WRITE_DOCS=1</c> when it is intended).
/// </summary>
public class SolverWorkGoldenTests
{
    private static readonly (string Name, int Batch)[] Batches =
        [("level", LazyArcs.OneLevel), ("1", 1), ("3", 3), ("256", LazyArcs.DefaultBatch), ("all", LazyArcs.Everything)];

    // Mentees, mentors, seed, network, minimum score: small and medium, scarce and plentiful places, and owners with
    // more arcs than the default batch.
    private static readonly (int Mentees, int Mentors, int Seed, bool Network, int MinimumScore)[] Problems =
    [
        (0, 1, 1, false, 0),
        (1, 1, 2, false, 0),
        (5, 3, 3, true, 0),
        (6, 4, 4, false, 3),
        (12, 3, 5, true, 0),
        (20, 6, 6, true, 0),
        (30, 12, 7, true, 0),
        (40, 8, 8, false, 0),
        (40, 30, 9, true, 2),
        (60, 10, 10, true, 0),
        (80, 40, 11, true, 0),
        (120, 25, 12, true, 5),
        (10, 20, 13, true, 0),
        (25, 40, 14, false, 0),
        (400, 12, 15, true, 0),
        (30, 300, 16, true, 0),
    ];

    [Fact]
    public void Solve_FixedProblems_TakesTheApprovedPhasesArcsAndPairs()
    {
        var text = new StringBuilder();
        foreach (var (mentees, mentors, seed, network, minimum) in Problems)
        {
            var problem = SmallInstances.Build(mentees, mentors, seed, network, minimum);
            var index = problem.BuildIndex(problem.OpenMentees());
            var places = problem.FreePlaces();
            text.Append($"problem {mentees}x{mentors} seed {seed}{(network ? " network" : string.Empty)}");
            text.Append($" minimum {minimum}: places [{string.Join(",", places)}]\n");

            var chosen = MinCostFlowSolver.Solve(index, places, LazyArcs.DefaultBatch, 1, null, out var auto);
            text.Append($"  default: {(auto.MentorSide ? "mentor side" : "mentee side")}, {Describe(auto, chosen)}\n");
            foreach (var mentorSide in new[] { false, true })
            {
                foreach (var (name, batch) in Batches)
                {
                    var mentorOf = MinCostFlowSolver.Solve(index, (int[])places.Clone(), batch, 1, mentorSide, out var stats);
                    text.Append($"  {(mentorSide ? "mentors" : "mentees")} batch {name}: {Describe(stats, mentorOf)}\n");
                }
            }

            places.Should().Equal(problem.FreePlaces(), "the solver works on a copy of the free places");
        }

        Golden.Check("Matching", "solver-work.txt", text.ToString());
    }

    private static string Describe(MatchingSolveStats stats, int[] mentorOf) =>
        $"phases {stats.Phases}, held {stats.HeldArcs} of {stats.EligiblePairs}, pairs [{string.Join(",", mentorOf)}]";
}
