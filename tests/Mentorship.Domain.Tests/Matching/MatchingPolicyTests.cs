using Mentorship.Domain.Matching;
using Mentorship.Domain.Tests.TestHelpers;

namespace Mentorship.Domain.Tests.Matching;

public class MatchingPolicyTests
{
    [Fact]
    public void Equality_ComparesEverySetting()
    {
        var policy = MatchingPolicy.Default.WithMinimumScore(3);
        Equality.Holds(
            policy,
            MatchingPolicy.Default.WithNetwork(true).WithMinimumScore(3).WithNetwork(false),
            policy.WithMode(MatchingMode.Stable),
            policy.WithNetwork(true),
            policy.WithMinimumScore(4),
            policy.WithKeepExistingPairs(false),
            policy.WithGroupProposals(true));
    }

    [Fact]
    public void Default_IsOptimalInOwnOrganisationKeepingPairs()
    {
        var policy = MatchingPolicy.Default;
        (policy.Mode, policy.Network, policy.MinimumScore, policy.KeepExistingPairs, policy.ProposeGroups)
            .Should().Be((MatchingMode.Optimal, false, 0, true, false));
        policy.ToString().Should().Be("Optimal, own organisation, minimum score 0, existing pairs kept");
        policy.WithNetwork(true).WithKeepExistingPairs(false).WithGroupProposals(true).ToString()
            .Should().Be("Optimal, network, minimum score 0, groups proposed");
    }
}
