using Mentorship.Domain.Matching;
using Mentorship.Domain.People;
using static Mentorship.Domain.Tests.TestHelpers.MatchingBuilders;

namespace Mentorship.Domain.Tests.Matching;

public class MatchingProblemTests
{
    [Fact]
    public void Solve_ExistingPairKept_CountsAgainstCapacity()
    {
        var problem = new MatchingProblem(
            [Mentee("S0", "digital"), Mentee("S1", "digital")], [Mentor("T1", 1, "digital:3")], existingPairs: [new ExistingPair(Id("T1"), Id("S0"))]);

        var result = problem.Solve();

        result.KeptPairs.Should().ContainSingle().Which.Should().Match<MatchingAssignment>(a => a.Mentee == Id("S0") && a.IsKept);
        result.MenteeCount.Should().Be(1);
        result.MatchedCount.Should().Be(0);
        result.Unmatched.Single().Reason.Should().Be(UnmatchedReason.AllCapableMentorsFull);
        problem.FreePlacesOf(Id("T1")).Should().Be(0);
    }

    [Fact]
    public void Solve_ExistingPairsIgnored_MatchesEveryoneAfresh()
    {
        var problem = new MatchingProblem(
            [Mentee("S0", "digital"), Mentee("S1", "digital", "music")],
            [Mentor("T1", 1, "digital:3", "music")],
            MatchingPolicy.Default.WithKeepExistingPairs(false),
            [new ExistingPair(Id("T1"), Id("S0"))]);

        var result = problem.Solve();

        result.KeptPairs.Should().BeEmpty();
        result.Assignments.Single().Mentee.Should().Be(Id("S1"));
    }

    [Fact]
    public void Solve_ExistingPairOfMenteeOutsideTheList_StillTakesAPlace()
    {
        var problem = new MatchingProblem(
            [Mentee("S1", "digital")], [Mentor("T1", 2, "digital:3")], existingPairs: [new ExistingPair(Id("T1"), Id("OLD"))]);

        var result = problem.Solve();

        result.MatchedCount.Should().Be(1);
        problem.FreePlacesOf(Id("T1")).Should().Be(1);
        result.KeptPairs.Single().Score.Should().Be(0);
    }

    [Fact]
    public void Constructor_RepeatedMenteeId_Throws() =>
        FluentActions.Invoking(() => new MatchingProblem([Mentee("S1", "digital"), Mentee("S1", "parents")], []))
            .Should().Throw<ArgumentException>();

    [Fact]
    public void Constructor_ExistingPairWithUnknownMentor_Throws() =>
        FluentActions.Invoking(() => new MatchingProblem([Mentee("S1", "digital")], [], existingPairs: [new ExistingPair(Id("T9"), Id("S1"))]))
            .Should().Throw<ArgumentException>();

    [Fact]
    public void Solve_GroupProposals_GroupMenteesWithTheSameKeyRequest()
    {
        var mentees = new[] { Mentee("S1", "digital;parents"), Mentee("S2", "digital"), Mentee("S3", "parents;digital") };
        var problem = new MatchingProblem(mentees, [Mentor("T1", 3, "digital:3;parents:3")], MatchingPolicy.Default.WithGroupProposals(true));

        var groups = problem.Solve().GroupProposals;

        groups.Should().ContainSingle();
        groups[0].KeyRequest.Should().Be(TopicCode.From("digital"));
        groups[0].Mentees.Should().Equal(Id("S1"), Id("S2"));
        problem.WithPolicy(MatchingPolicy.Default).Solve().GroupProposals.Should().BeEmpty();
    }

    [Fact]
    public void Solve_MentorRefusingGroups_GetsNoGroupProposal()
    {
        var problem = new MatchingProblem(
            [Mentee("S1", "digital"), Mentee("S2", "digital")], [Mentor("T1", 2, "digital:3", groups: false)], MatchingPolicy.Default.WithGroupProposals(true));

        problem.Solve().GroupProposals.Should().BeEmpty();
    }

    [Fact]
    public void Solve_MinimumScore_LeavesAWeakPairOut()
    {
        var problem = new MatchingProblem([Mentee("S1", "parents;digital")], [Mentor("T1", 1, "digital:1")]);

        problem.Solve().MatchedCount.Should().Be(1);
        problem.WithPolicy(MatchingPolicy.Default.WithMinimumScore(4)).Solve().Unmatched.Single().Reason.Should().Be(UnmatchedReason.NoEligibleMentor);
    }

    [Fact]
    public void Solve_EmptyProblem_MatchesNobody()
    {
        var result = new MatchingProblem([], []).Solve();

        (result.MenteeCount, result.MatchedCount, result.TotalScore).Should().Be((0, 0, 0));
    }

    [Fact]
    public void Default_IsTheSpecificationsProblem()
    {
        var policy = MatchingPolicy.Default;

        (policy.Mode, policy.Network, policy.MinimumScore, policy.KeepExistingPairs, policy.ProposeGroups)
            .Should().Be((MatchingMode.Optimal, false, 0, true, false));
        policy.WithNetwork(true).Should().NotBe(policy);
        policy.WithNetwork(true).WithNetwork(false).Should().Be(policy);
    }

    [Fact]
    public void MatchingMentee_BadRequestLists_Throw()
    {
        FluentActions.Invoking(() => Mentee("S1", "digital;digital")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => Mentee("S1", "a;b;c;d;e;f")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new MatchingMentee(Id("S1"), Org, [])).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void MatchingMentor_LevelOutsideOneToThreeOrNegativeCapacity_Throws()
    {
        FluentActions.Invoking(() => Mentor("T1", 1, "digital:4")).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Mentor("T1", -1, "digital:2")).Should().Throw<ArgumentException>();
    }
}
