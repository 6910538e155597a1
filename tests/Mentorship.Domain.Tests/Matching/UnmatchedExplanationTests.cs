using Mentorship.Domain.Matching;
using Mentorship.Domain.People;
using static Mentorship.Domain.Tests.TestHelpers.MatchingBuilders;

namespace Mentorship.Domain.Tests.Matching;

/// <summary>
/// Why a mentee is left without a mentor, word for word, for each reason: every capable mentor full (up to ten named,
/// then «и ещё N»), no mentor covering the requests (in the organisation or in the network), every covering mentor
/// ruled out (with the rules' codes).
/// </summary>
public class UnmatchedExplanationTests
{
    private static UnmatchedMentee Unmatched(IEnumerable<MatchingMentor> mentors, MatchingMentee mentee, IEnumerable<MatchingMentee>? others = null, MatchingPolicy? policy = null)
    {
        var result = new MatchingProblem([mentee, .. others ?? []], mentors, policy: policy).Solve();
        return result.Unmatched.Single(u => u.Mentee == mentee.Id);
    }

    private static IEnumerable<MatchingMentor> Mentors(int count, int capacity, OrganizationId? org = null) =>
        Enumerable.Range(1, count).Select(i => Mentor($"T{i:00}", capacity, "digital:2", org: org));

    [Fact]
    public void AllCapableMentorsFull_NamesThemAll_WhenTenOrFewer()
    {
        var mentors = Mentors(10, 1).ToArray();
        var others = Enumerable.Range(1, 10).Select(i => Mentee($"A{i:00}", "digital")).ToArray();

        var unmatched = Unmatched(mentors, Mentee("Z99", "digital"), others);

        unmatched.Reason.Should().Be(UnmatchedReason.AllCapableMentorsFull);
        unmatched.Message.Should().Be("Все наставники, которые могли бы взять этого наставляемого, заняты: T01, T02, T03, T04, T05, T06, T07, T08, T09, T10.");
        unmatched.FullMentors.Should().HaveCount(10);
    }

    [Fact]
    public void AllCapableMentorsFull_NamesTenAndCountsTheRest()
    {
        var mentors = Mentors(12, 1).ToArray();
        var others = Enumerable.Range(1, 12).Select(i => Mentee($"A{i:00}", "digital")).ToArray();

        var unmatched = Unmatched(mentors, Mentee("Z99", "digital"), others);

        unmatched.Message.Should().Be("Все наставники, которые могли бы взять этого наставляемого, заняты: T01, T02, T03, T04, T05, T06, T07, T08, T09, T10 и ещё 2.");
        unmatched.FullMentors.Should().HaveCount(12);
    }

    [Fact]
    public void NoMentorCoversRequests_SaysWhereAndWhichTopics()
    {
        var inOrganisation = Unmatched(Mentors(2, 1), Mentee("Z99", "parents;burnout"));
        var inNetwork = Unmatched(Mentors(2, 1), Mentee("Z99", "parents;robotics"), policy: MatchingPolicy.Default.WithNetwork(true));

        inOrganisation.Reason.Should().Be(UnmatchedReason.NoMentorCoversRequests);
        inOrganisation.FullMentors.Should().BeEmpty();
        inOrganisation.Message.Should().Be($"Ни один наставник в организации {Org} не владеет ни одной из запрошенных тем: «{RequestTopicCatalog.Standard[TopicCode.From("parents")].Title}», «{RequestTopicCatalog.Standard[TopicCode.From("burnout")].Title}».");
        inNetwork.Message.Should().Be($"Ни один наставник в сети организаций не владеет ни одной из запрошенных тем: «{RequestTopicCatalog.Standard[TopicCode.From("parents")].Title}», «robotics».");
    }

    [Fact]
    public void NoEligibleMentor_NamesTenRuledOutWithTheirRulesAndCountsTheRest()
    {
        var mentors = Mentors(11, 1).ToArray();
        var excluded = string.Join(";", mentors.Select(m => m.Id.Value));

        var few = Unmatched(mentors.Take(2), Mentee("Z99", "digital", excluded: excluded));
        var many = Unmatched(mentors, Mentee("Z99", "digital", excluded: excluded));

        few.Reason.Should().Be(UnmatchedReason.NoEligibleMentor);
        few.Message.Should().Be($"Все наставники, владеющие запрошенными темами, не подходят по правилам: T01 ({MentorNotExcludedRule.Code}), T02 ({MentorNotExcludedRule.Code}).");
        many.Message.Should().EndWith($"T10 ({MentorNotExcludedRule.Code}) и ещё 1.");
    }
}
