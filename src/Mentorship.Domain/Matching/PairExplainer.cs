using System;
using System.Collections.Generic;
using System.Linq;
using Mentorship.Domain.Common;
using Mentorship.Domain.Common.Violations;
using Mentorship.Domain.People;

namespace Mentorship.Domain.Matching;

/// <summary>Answers "why is X not the mentor of Y?" for a result.</summary>
internal static class PairExplainer
{
    public static PairExplanation Explain(MatchingResult result, EducatorId mentorId, EducatorId menteeId)
    {
        var problem = result.Problem;
        var mentor = problem.FindMentor(mentorId)
            ?? throw new ArgumentException($"The mentor {mentorId} is not in the problem.", nameof(mentorId));
        var mentee = problem.FindMentee(menteeId)
            ?? throw new ArgumentException($"The mentee {menteeId} is not in the problem.", nameof(menteeId));
        var score = MatchingScore.Explain(mentor, mentee);
        var own = result.AssignmentOf(menteeId);
        var mentorsMentees = result.MenteesOf(mentorId);
        PairExplanation Answer(PairVerdict verdict, IReadOnlyList<RuleViolation> violations, string message, int? matched = null, int? total = null) =>
            new(mentorId, menteeId, verdict, violations, score, own?.Mentor, mentorsMentees, matched, total, message);

        if (own is not null && own.Mentor == mentorId)
        {
            return Answer(PairVerdict.Paired, [], own.IsKept ? "Это уже существующая пара, она сохраняется." : $"Это пара решения: {Points(score.Total)}.");
        }

        var violations = new List<RuleViolation>();
        var paired = MenteeNotYetPairedRule.Check(problem, mentee);
        if (paired is not null)
        {
            violations.Add(paired);
        }

        violations.AddRange(MatchingEligibility.Check(mentor, mentee, problem.Policy, problem.FreePlacesOf(mentorId)));
        if (violations.Count > 0)
        {
            return Answer(PairVerdict.Ineligible, violations, string.Join(" ", violations.Select(v => v.Message)));
        }

        return result.Mode == MatchingMode.Stable
            ? ExplainStable(result, mentor, mentee, own, Answer)
            : ExplainOptimal(result, mentor, mentee, score, Answer);
    }

    private static PairExplanation ExplainOptimal(
        MatchingResult result,
        MatchingMentor mentor,
        MatchingMentee mentee,
        ScoreBreakdown score,
        Func<PairVerdict, IReadOnlyList<RuleViolation>, string, int?, int?, PairExplanation> answer)
    {
        var problem = result.Problem;
        var imposed = new ExistingPair(mentor.Id, mentee.Id);
        var forced = new MatchingProblem(
                problem.Mentees, problem.Mentors, problem.Policy.WithKeepExistingPairs(true), problem.KeptPairs.Concat([imposed]))
            .Solve();
        var matched = forced.MatchedCount + 1;
        var total = forced.TotalScore + score.Total;
        var message = matched < result.MatchedCount
            ? $"Если назначить эту пару, наставника получат не {result.MatchedCount}, а {matched} из наставляемых."
            : total < result.TotalScore
                ? $"Если назначить эту пару ({Points(score.Total)}), общая сумма баллов снизится с {result.TotalScore} до {total}."
                : $"Если назначить эту пару, результат будет так же хорош (наставника получат {matched}, сумма баллов {total}); равенство решил порядок идентификаторов.";
        return answer(PairVerdict.LeftOutOfOptimum, [], message, matched, total);
    }

    private static PairExplanation ExplainStable(
        MatchingResult result,
        MatchingMentor mentor,
        MatchingMentee mentee,
        MatchingAssignment? own,
        Func<PairVerdict, IReadOnlyList<RuleViolation>, string, int?, int?, PairExplanation> answer)
    {
        var problem = result.Problem;
        var open = problem.OpenMentees();
        var graph = MatchingGraph.Build(problem.BuildIndex(open).MenteesToMentors, problem.FreePlaces());
        var preferences = new StablePreferences(graph, open, problem.Mentors);
        var i = preferences.MenteeIndexOf(mentee.Id);
        var j = preferences.MentorIndexOf(mentor.Id);
        var cost = preferences.CostOf(i, j);
        if (own is not null)
        {
            var k = preferences.MentorIndexOf(own.Mentor);
            if (preferences.MenteeKey(i, k, preferences.CostOf(i, k)) < preferences.MenteeKey(i, j, cost))
            {
                return answer(PairVerdict.MenteePrefersOwnMentor, [], $"Наставляемый предпочитает доставшегося ему наставника {own.Mentor}.", null, null);
            }
        }

        // Stability: if the mentee would rather have this mentor, the mentor is full with mentees they prefer.
        return answer(
            PairVerdict.MentorPrefersOwnMentees,
            [],
            $"У наставника нет свободных мест, и каждого из своих наставляемых он предпочитает этому: {string.Join(", ", result.MenteesOf(mentor.Id))}.",
            null,
            null);
    }

    private static string Points(int points) => RussianPlural.Count(points, "балл", "балла", "баллов");
}
