using Mentorship.Domain.Matching;
using static Mentorship.Domain.Tests.TestHelpers.MatchingBuilders;

namespace Mentorship.Domain.Tests.Matching;

/// <summary>The specification's fixture: its optimum is unique (checked by exhaustive search below).</summary>
public class CdtSmallFixtureTests
{
    [Fact]
    public void Solve_CdtSmall_MatchesTenWithScore137()
    {
        var result = MatchingFixture.CdtSmall().Solve();

        result.MenteeCount.Should().Be(12);
        result.MatchedCount.Should().Be(10);
        result.TotalScore.Should().Be(137);
    }

    [Fact]
    public void Solve_CdtSmall_GivesTheUniqueOptimumWithItsCoveredAndUncoveredRequests()
    {
        var result = MatchingFixture.CdtSmall().Solve();

        result.Assignments.Select(a => $"{a.Mentor} {a.Mentee} {a.Score} [{string.Join(",", a.Breakdown.Covered.Select(c => c.Topic))}] [{string.Join(",", a.Breakdown.Uncovered)}]")
            .Should().Equal(
                "T01 S01 14 [adaptation,lesson-planning] []",
                "T01 S11 10 [adaptation] []",
                "T02 S06 9 [assessment] [attestation]",
                "T02 S09 13 [lesson-planning,assessment] [subject-methods]",
                "T03 S02 18 [digital,contests] []",
                "T03 S08 12 [digital] []",
                "T04 S03 18 [parents,discipline] []",
                "T04 T07 13 [class-teacher,parents] []",
                "T05 S05 12 [special-needs] []",
                "T06 S04 18 [subject-methods,gifted] []");
    }

    [Fact]
    public void Solve_CdtSmall_OptimumIsUniqueByExhaustiveSearch()
    {
        var problem = MatchingFixture.CdtSmall();

        var optimal = SmallInstances.AllMatchings(problem).Where(m => SmallInstances.Value(problem, m) == (10, 137)).ToList();

        SmallInstances.Optimum(problem).Should().Be((10, 137));
        optimal.Should().ContainSingle().Which.Should().Equal(SmallInstances.AsIndices(problem, problem.Solve()));
    }

    [Fact]
    public void Solve_CdtSmall_ExplainsTheTwoUnmatchedMentees()
    {
        var result = MatchingFixture.CdtSmall().Solve();

        result.Unmatched.Should().HaveCount(2);
        var s07 = result.Unmatched[0];
        s07.Mentee.Should().Be(Id("S07"));
        s07.Reason.Should().Be(UnmatchedReason.AllCapableMentorsFull);
        s07.FullMentors.Should().Equal(Id("T04"), Id("T05"), Id("T08"));
        var s10 = result.Unmatched[1];
        s10.Mentee.Should().Be(Id("S10"));
        s10.Reason.Should().Be(UnmatchedReason.NoMentorCoversRequests);
        s10.Message.Should().Contain("«подготовка к ОГЭ/ЕГЭ и олимпиадам»");
    }

    [Fact]
    public void Solve_CdtSmall_NeverPairsTheReverseMentorWithThemselvesNorS06WithT01()
    {
        var result = MatchingFixture.CdtSmall().Solve();

        result.AssignmentOf(Id("T07"))!.Mentor.Should().NotBe(Id("T07"));
        result.AssignmentOf(Id("S06"))!.Mentor.Should().NotBe(Id("T01"));
    }
}
