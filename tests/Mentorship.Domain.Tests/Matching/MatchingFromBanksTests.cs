using Mentorship.Domain.Banks;
using Mentorship.Domain.Matching;
using Mentorship.Domain.Tests.TestHelpers;
using static Mentorship.Domain.Tests.TestHelpers.MatchingBuilders;

namespace Mentorship.Domain.Tests.Matching;

public class MatchingFromBanksTests
{
    [Fact]
    public void FromBanks_TwoBanks_CarriesRequestsCompetenciesCapacityAndExclusions()
    {
        var mentees = MenteeBank.Open(Build.Org, Build.Year);
        mentees.Admit(Build.Mentee("S1", "digital", "parents"), Build.InWindow).IsAccepted.Should().BeTrue();
        mentees.Admit(Build.Mentee("S2", "parents"), Build.InWindow).IsAccepted.Should().BeTrue();
        mentees.ExcludeMentor(Id("S2"), Id("T2"), Build.InWindow).IsAccepted.Should().BeTrue();
        var mentors = MentorBank.Open(Build.Org, Build.Year);
        mentors.Admit(Build.Mentor("T1", 1, ("digital", 3)), Build.InWindow).IsAccepted.Should().BeTrue();
        mentors.Admit(Build.Mentor("T2", 2, ("parents", 2), ("digital", 1)), Build.InWindow).IsAccepted.Should().BeTrue();

        var problem = MatchingProblem.FromBanks(mentees, mentors);

        problem.FindMentee(Id("S1"))!.Requests.Select(r => r.Value).Should().Equal("digital", "parents");
        problem.FindMentee(Id("S2"))!.ExcludedMentors.Should().Equal(Id("T2"));
        problem.FindMentor(Id("T2"))!.LevelIn(Build.Topics("parents")[0]).Should().Be(2);
        problem.FreePlacesOf(Id("T2")).Should().Be(2);
        var result = problem.Solve();
        result.AssignmentOf(Id("S1"))!.Mentor.Should().Be(Id("T1"));
        result.Unmatched.Single().Mentee.Should().Be(Id("S2"));
        result.Unmatched.Single().Reason.Should().Be(UnmatchedReason.NoEligibleMentor);
    }

    [Fact]
    public void FromBanks_ExistingPair_IsKeptAndTakesAPlace()
    {
        var mentees = MenteeBank.Open(Build.Org, Build.Year);
        mentees.Admit(Build.Mentee("S1", "digital"), Build.InWindow);
        var mentors = MentorBank.Open(Build.Org, Build.Year);
        mentors.Admit(Build.Mentor("T1", 2, ("digital", 3)), Build.InWindow);

        var problem = MatchingProblem.FromBanks(mentees, mentors, [new ExistingPair(Id("T1"), Id("S0"))]);

        problem.FreePlacesOf(Id("T1")).Should().Be(1);
        problem.Solve().MatchedCount.Should().Be(1);
    }
}
