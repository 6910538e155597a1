using Mentorship.Domain.Matching;
using static Mentorship.Domain.Tests.TestHelpers.MatchingBuilders;

namespace Mentorship.Domain.Tests.Matching;

public class EligibilityRuleTests
{
    [Fact]
    public void MentorIsAnotherPersonRule_SamePerson_IsViolated()
    {
        var violation = MentorIsAnotherPersonRule.Check(Mentor("T07", 1, "digital:2"), Mentee("T07", "digital"));

        violation!.Code.Should().Be(MentorIsAnotherPersonRule.Code);
        violation.Rule.Should().Be(nameof(MentorIsAnotherPersonRule));
        violation.Subject.Should().Be("T07/T07");
    }

    [Fact]
    public void MentorIsAnotherPersonRule_DifferentPeople_Holds() =>
        MentorIsAnotherPersonRule.Check(Mentor("T01", 1, "digital:2"), Mentee("S01", "digital")).Should().BeNull();

    [Fact]
    public void SameOrganizationRule_OtherOrganizationWithoutNetwork_IsViolated() =>
        SameOrganizationRule.Check(Mentor("T01", 1, "digital:2", org: OtherOrg), Mentee("S01", "digital"), network: false)!
            .Code.Should().Be(SameOrganizationRule.Code);

    [Fact]
    public void SameOrganizationRule_OtherOrganizationWithNetwork_Holds() =>
        SameOrganizationRule.Check(Mentor("T01", 1, "digital:2", org: OtherOrg), Mentee("S01", "digital"), network: true).Should().BeNull();

    [Fact]
    public void SameOrganizationRule_SameOrganization_Holds() =>
        SameOrganizationRule.Check(Mentor("T01", 1, "digital:2"), Mentee("S01", "digital"), network: false).Should().BeNull();

    [Fact]
    public void MentorNotExcludedRule_ExcludedMentor_IsViolated() =>
        MentorNotExcludedRule.Check(Mentor("T01", 1, "digital:2"), Mentee("S01", "digital", excluded: "T01"))!
            .Code.Should().Be(MentorNotExcludedRule.Code);

    [Fact]
    public void MentorNotExcludedRule_OtherMentorExcluded_Holds() =>
        MentorNotExcludedRule.Check(Mentor("T01", 1, "digital:2"), Mentee("S01", "digital", excluded: "T02")).Should().BeNull();

    [Fact]
    public void MentorHasFreePlaceRule_NoPlace_IsViolated() =>
        MentorHasFreePlaceRule.Check(Mentor("T01", 0, "digital:2"), 0)!.Code.Should().Be(MentorHasFreePlaceRule.Code);

    [Fact]
    public void MentorHasFreePlaceRule_OnePlace_Holds() =>
        MentorHasFreePlaceRule.Check(Mentor("T01", 1, "digital:2"), 1).Should().BeNull();

    [Fact]
    public void MentorCoversRequestRule_NoRequestedTopic_IsViolated()
    {
        var violation = MentorCoversRequestRule.Check(Mentor("T01", 1, "digital:2"), Mentee("S01", "parents;burnout"));

        violation!.Code.Should().Be(MentorCoversRequestRule.Code);
        violation.Message.Should().Be("Наставник не владеет ни одной из запрошенных тем: «работа с родителями», «профилактика выгорания, психологическая поддержка».");
        violation.Argument("topics")!.Value.Should().Be("parents,burnout");
    }

    [Fact]
    public void MentorCoversRequestRule_ALaterRequestCovered_Holds() =>
        MentorCoversRequestRule.Check(Mentor("T01", 1, "burnout:1"), Mentee("S01", "parents;burnout")).Should().BeNull();

    [Fact]
    public void MinimumScoreRule_ScoreBelowMinimum_IsViolated()
    {
        // burnout is the second request: 2 × 1, plus 1 for the same organisation.
        var violation = MinimumScoreRule.Check(Mentor("T01", 1, "burnout:1"), Mentee("S01", "parents;burnout"), 4);

        violation!.Code.Should().Be(MinimumScoreRule.Code);
        violation.Message.Should().Be("Пара набирает 3 балла, меньше минимума в 4 балла.");
    }

    [Fact]
    public void MinimumScoreRule_ScoreAtMinimum_Holds() =>
        MinimumScoreRule.Check(Mentor("T01", 1, "burnout:1"), Mentee("S01", "parents;burnout"), 3).Should().BeNull();

    [Fact]
    public void MenteeNotYetPairedRule_MenteeInKeptPair_IsViolated()
    {
        var mentee = Mentee("S01", "digital");
        var problem = new MatchingProblem([mentee], [Mentor("T01", 2, "digital:2")], existingPairs: [new ExistingPair(Id("T01"), Id("S01"))]);

        MenteeNotYetPairedRule.Check(problem, mentee)!.Code.Should().Be(MenteeNotYetPairedRule.Code);
        MenteeNotYetPairedRule.Check(problem.WithPolicy(MatchingPolicy.Default.WithKeepExistingPairs(false)), mentee).Should().BeNull();
    }

    [Fact]
    public void MatchingEligibility_SeveralRulesBroken_ListsThemInOrder()
    {
        var violations = MatchingEligibility.Check(
            Mentor("T01", 0, "digital:2", org: OtherOrg), Mentee("S01", "parents", excluded: "T01"), MatchingPolicy.Default, 0);

        violations.Select(v => v.Rule).Should().Equal(
            nameof(SameOrganizationRule), nameof(MentorNotExcludedRule), nameof(MentorHasFreePlaceRule), nameof(MentorCoversRequestRule));
    }

    [Fact]
    public void MatchingEligibility_AllowedPair_IsEmpty() =>
        MatchingEligibility.Check(Mentor("T01", 1, "digital:2"), Mentee("S01", "digital"), MatchingPolicy.Default, 1).Should().BeEmpty();
}
