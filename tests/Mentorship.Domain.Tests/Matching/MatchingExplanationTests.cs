using Mentorship.Domain.Matching;
using static Mentorship.Domain.Tests.TestHelpers.MatchingBuilders;

namespace Mentorship.Domain.Tests.Matching;

public class MatchingExplanationTests
{
    [Fact]
    public void Explain_PairInResult_IsPaired()
    {
        var explanation = MatchingFixture.CdtSmall().Solve().Explain(Id("T01"), Id("S01"));

        explanation.Verdict.Should().Be(PairVerdict.Paired);
        explanation.Score.Total.Should().Be(14);
        explanation.Score.ToString().Should().EndWith("= 14").And.Contain("«адаптация в коллективе и организации» 3×").And.NotContainAny("subject", "organisation");
    }

    [Fact]
    public void Explain_ExcludedMentor_IsIneligibleNamingTheRule()
    {
        var explanation = MatchingFixture.CdtSmall().Solve().Explain(Id("T01"), Id("S06"));

        explanation.Verdict.Should().Be(PairVerdict.Ineligible);
        explanation.Violations.Select(v => v.Rule).Should().Equal(nameof(MentorNotExcludedRule));
        explanation.MenteesMentor.Should().Be(Id("T02"));
    }

    [Fact]
    public void Explain_AllowedPairLeftOut_GivesTheBestResultWithThePairImposed()
    {
        var problem = MatchingFixture.CdtSmall();
        var result = problem.Solve();
        var t04 = problem.Mentors.ToList().FindIndex(m => m.Id == Id("T04"));
        var s07 = problem.Mentees.ToList().FindIndex(m => m.Id == Id("S07"));
        var best = SmallInstances.AllMatchings(problem).Where(m => m[s07] == t04).Select(m => SmallInstances.Value(problem, m))
            .OrderByDescending(v => v.Matched).ThenByDescending(v => v.Score).First();

        var explanation = result.Explain(Id("T04"), Id("S07"));

        explanation.Verdict.Should().Be(PairVerdict.LeftOutOfOptimum);
        (explanation.ForcedMatchedCount, explanation.ForcedTotalScore).Should().Be((best.Matched, best.Score));
        explanation.MentorsMentees.Should().Equal(Id("S03"), Id("T07"));
        explanation.MenteesMentor.Should().BeNull();
    }

    [Fact]
    public void Explain_UnknownMentor_Throws()
    {
        var result = MatchingFixture.CdtSmall().Solve();

        result.Invoking(r => r.Explain(Id("NOBODY"), Id("S01"))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Explain_StableModeMentorFullWithPreferredMentees_SaysSo()
    {
        var result = StableExample();

        result.Explain(Id("M1"), Id("S1")).Verdict.Should().Be(PairVerdict.MentorPrefersOwnMentees);
    }

    [Fact]
    public void Explain_StableModeMenteePrefersOwnMentor_SaysSo()
    {
        var result = StableExample();

        result.Explain(Id("M2"), Id("S2")).Verdict.Should().Be(PairVerdict.MenteePrefersOwnMentor);
    }

    [Fact]
    public void Solve_OnlyCoveringMentorExcluded_ReasonIsNoEligibleMentor()
    {
        var problem = new MatchingProblem([Mentee("S1", "digital", excluded: "T1")], [Mentor("T1", 1, "digital:3"), Mentor("T2", 1, "parents:3")]);

        var unmatched = problem.Solve().Unmatched.Should().ContainSingle().Subject;

        unmatched.Reason.Should().Be(UnmatchedReason.NoEligibleMentor);
        unmatched.Message.Should().Contain("T1 (matching.mentor-excluded)");
    }

    [Fact]
    public void Solve_NobodyCoversInOwnOrganisation_ReasonIsNoMentorCoversRequests()
    {
        var problem = new MatchingProblem([Mentee("S1", "digital")], [Mentor("T1", 1, "digital:3", org: OtherOrg)]);

        problem.Solve().Unmatched.Single().Reason.Should().Be(UnmatchedReason.NoMentorCoversRequests);
        problem.WithPolicy(MatchingPolicy.Default.WithNetwork(true)).Solve().MatchedCount.Should().Be(1);
    }

    [Fact]
    public void Solve_CapableMentorsFull_NamesThem()
    {
        var problem = new MatchingProblem(
            [Mentee("S1", "digital"), Mentee("S2", "digital")], [Mentor("T1", 1, "digital:3"), Mentor("T2", 0, "digital:1")]);

        var unmatched = problem.Solve().Unmatched.Single();

        unmatched.Reason.Should().Be(UnmatchedReason.AllCapableMentorsFull);
        unmatched.FullMentors.Should().Equal(Id("T1"), Id("T2"));
    }

    private static MatchingResult StableExample()
    {
        // M1 is the better mentor for both; M1 prefers S2, who shares a subject.
        var problem = new MatchingProblem(
            [Mentee("S1", "digital"), Mentee("S2", "digital", "music")],
            [Mentor("M1", 1, "digital:3", "music"), Mentor("M2", 1, "digital:1")],
            MatchingPolicy.Default.WithMode(MatchingMode.Stable));
        var result = problem.Solve();
        result.AssignmentOf(Id("S1"))!.Mentor.Should().Be(Id("M2"));
        result.AssignmentOf(Id("S2"))!.Mentor.Should().Be(Id("M1"));
        return result;
    }
}
