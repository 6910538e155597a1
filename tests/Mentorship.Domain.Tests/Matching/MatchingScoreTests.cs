using Mentorship.Domain.Matching;
using static Mentorship.Domain.Tests.TestHelpers.MatchingBuilders;

namespace Mentorship.Domain.Tests.Matching;

public class MatchingScoreTests
{
    [Fact]
    public void Explain_SpecificationExample_Scores15()
    {
        // The specification's example: T001 (digital:3; parents:2; informatics) for S001 (parents; digital; informatics).
        var breakdown = MatchingScore.Explain(
            Mentor("T001", 2, "digital:3;parents:2", "informatics", org: OtherOrg), Mentee("S001", "parents;digital", "informatics"));

        breakdown.Covered.Select(c => (c.Topic.Value, c.Rank, c.Weight, c.Level, c.Points))
            .Should().Equal(("parents", 1, 3, 2, 6), ("digital", 2, 2, 3, 6));
        breakdown.SubjectBonus.Should().Be(2);
        breakdown.OrganizationBonus.Should().Be(0);
        breakdown.Total.Should().Be(14);
        MatchingScore.Explain(Mentor("T001", 2, "digital:3;parents:2", "informatics"), Mentee("S001", "parents;digital", "informatics"))
            .Total.Should().Be(15);
    }

    [Fact]
    public void Explain_ThirdAndLaterRequests_WeighOneAndUncoveredAreListed()
    {
        var breakdown = MatchingScore.Explain(
            Mentor("T1", 1, "burnout:3;gifted:2"), Mentee("S1", "parents;digital;burnout;contests;gifted"));

        breakdown.Covered.Select(c => c.Weight).Should().Equal(1, 1);
        breakdown.RequestPoints.Should().Be(5);
        breakdown.Uncovered.Select(t => t.Value).Should().Equal("parents", "digital", "contests");
    }

    [Fact]
    public void MaxScore_IsFiveExpertRequestsWithBothBonuses() =>
        MatchingScore.Of(
                Mentor("T1", 1, "parents:3;digital:3;burnout:3;contests:3;gifted:3", "music"),
                Mentee("S1", "parents;digital;burnout;contests;gifted", "music"))
            .Should().Be(MatchingScore.MaxScore).And.Be(27);

    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 2)]
    [InlineData(3, 1)]
    [InlineData(5, 1)]
    public void WeightOf_Rank_IsTheSpecificationsWeight(int rank, int weight) => MatchingScore.WeightOf(rank).Should().Be(weight);
}
