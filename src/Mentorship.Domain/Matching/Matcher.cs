using System;
using System.Collections.Generic;
using System.Linq;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Matching;

/// <summary>Runs a problem through the solver its policy names and explains the outcome.</summary>
internal static class Matcher
{
    /// <summary>How many mentors a message names before "and N more" (the lists in the data are complete).</summary>
    private const int MentorsNamed = 10;

    private static readonly ScoreBreakdown Unknown = new([], [], 0, 0);

    public static MatchingResult Solve(MatchingProblem problem, MatchingOptions options)
    {
        var open = problem.OpenMentees();
        var index = problem.BuildIndex(open);
        var mentorOf = SolveIndices(problem, open, index, options);
        return Explain(problem, open, index, mentorOf);
    }

    /// <summary>The solver's answer alone: one mentor index (or -1) per open mentee.</summary>
    public static int[] SolveIndices(MatchingProblem problem, MatchingMentee[] open, MatchingIndex index, MatchingOptions options)
    {
        if (problem.Policy.Mode == MatchingMode.Stable)
        {
            var graph = MatchingGraph.Build(index.MenteesToMentors, problem.FreePlaces());
            return DeferredAcceptanceSolver.Solve(graph, new StablePreferences(graph, open, problem.Mentors));
        }

        return MinCostFlowSolver.Solve(index, problem.FreePlaces(), options.MaxDegreeOfParallelism);
    }

    /// <summary>Builds the result from the solver's answer: one mentor index (or -1) per open mentee.</summary>
    public static MatchingResult Explain(MatchingProblem problem, MatchingMentee[] open, MatchingIndex index, int[] mentorOf)
    {
        var mentors = problem.Mentors;
        var assignments = new List<MatchingAssignment>();
        for (var i = 0; i < open.Length; i++)
        {
            if (mentorOf[i] >= 0)
            {
                var mentor = mentors[mentorOf[i]];
                assignments.Add(new MatchingAssignment(mentor.Id, open[i].Id, MatchingScore.Explain(mentor, open[i])));
            }
        }

        var kept = problem.KeptPairs
            .Select(p =>
            {
                var mentee = problem.FindMentee(p.Mentee);
                var mentor = problem.FindMentor(p.Mentor)!;
                return new MatchingAssignment(p.Mentor, p.Mentee, mentee is null ? Unknown : MatchingScore.Explain(mentor, mentee), IsKept: true);
            })
            .ToArray();

        var unmatched = new List<UnmatchedMentee>();
        ArcScorer? scorer = null;
        for (var i = 0; i < open.Length; i++)
        {
            if (mentorOf[i] < 0)
            {
                unmatched.Add(WhyUnmatched(problem, open[i], index.MenteesToMentors, scorer ??= new ArcScorer(index.MenteesToMentors), i));
            }
        }

        var ordered = assignments.OrderBy(a => a.Mentor).ThenBy(a => a.Mentee).ToArray();
        var groups = problem.Policy.ProposeGroups ? ProposeGroups(problem, ordered) : [];
        return new MatchingResult(problem, ordered, kept, unmatched, groups, open.Length);
    }

    private static UnmatchedMentee WhyUnmatched(MatchingProblem problem, MatchingMentee mentee, ScoringSide side, ArcScorer scorer, int index)
    {
        // The eligible targets are exactly the mentors who could take the mentee, free place aside (in index, so
        // identifier, order). The solvers leave a mentee unmatched only when all of them are full: a free place
        // would give an augmenting path (optimal mode) or a proposal that is accepted (stable mode). The full
        // list is produced when read; the message names the first few.
        var count = scorer.Score(index);
        if (count > 0)
        {
            var first = Enumerable.Range(0, Math.Min(count, MentorsNamed)).Select(k => problem.Mentors[scorer.Targets[k]].Id);
            var named = string.Join(", ", first) + (count > MentorsNamed ? $" и ещё {count - MentorsNamed}" : string.Empty);
            return new UnmatchedMentee(
                mentee.Id,
                UnmatchedReason.AllCapableMentorsFull,
                new CapableMentorList(side, problem.Mentors, index, count),
                $"Все наставники, которые могли бы взять этого наставляемого, заняты: {named}.");
        }

        var policy = problem.Policy;
        var inScope = problem.Mentors
            .Where(m => MentorIsAnotherPersonRule.Check(m, mentee) is null && SameOrganizationRule.Check(m, mentee, policy.Network) is null)
            .Where(m => MentorCoversRequestRule.Covers(m, mentee))
            .ToArray();
        if (inScope.Length == 0)
        {
            var scope = policy.Network ? "в сети организаций" : $"в организации {mentee.OrganizationId}";
            var topics = string.Join(", ", mentee.Requests.Select(t => "«" + (RequestTopicCatalog.Standard.TryGet(t, out var known) ? known.Title : t.Value) + "»"));
            return new UnmatchedMentee(
                mentee.Id,
                UnmatchedReason.NoMentorCoversRequests,
                [],
                $"Ни один наставник {scope} не владеет ни одной из запрошенных тем: {topics}.");
        }

        var ruledOut = inScope.Take(MentorsNamed)
            .Select(m => $"{m.Id} ({string.Join(", ", MatchingEligibility.CheckIgnoringPlaces(m, mentee, policy).Select(v => v.Code))})");
        return new UnmatchedMentee(
            mentee.Id,
            UnmatchedReason.NoEligibleMentor,
            [],
            $"Все наставники, владеющие запрошенными темами, не подходят по правилам: {string.Join(", ", ruledOut)}{(inScope.Length > MentorsNamed ? $" и ещё {inScope.Length - MentorsNamed}" : string.Empty)}.");
    }

    private static GroupProposal[] ProposeGroups(MatchingProblem problem, MatchingAssignment[] assignments) =>
        assignments
            .Where(a => problem.FindMentor(a.Mentor)!.AcceptsGroups)
            .GroupBy(a => (a.Mentor, Key: problem.FindMentee(a.Mentee)!.KeyRequest))
            .Where(g => g.Count() >= 2)
            .Select(g => new GroupProposal(g.Key.Mentor, g.Key.Key, g.Select(a => a.Mentee).OrderBy(m => m).ToArray()))
            .OrderBy(g => g.Mentor)
            .ThenBy(g => g.KeyRequest)
            .ToArray();
}
