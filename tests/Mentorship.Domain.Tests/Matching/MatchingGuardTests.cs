using Mentorship.Domain.Matching;
using Mentorship.Domain.People;
using static Mentorship.Domain.Tests.TestHelpers.MatchingBuilders;

namespace Mentorship.Domain.Tests.Matching;

/// <summary>
/// A caller's mistake with the matcher's input (a null, a default identifier, a repeated or missing person, a malformed
/// existing pair or ranking) is an argument exception naming the argument, and a message naming the identifier.
/// </summary>
public class MatchingGuardTests
{
    private static readonly TopicCode Digital = TopicCode.From("digital");
    private static readonly KeyValuePair<TopicCode, int>[] Competencies = [new(Digital, 2)];

    public static TheoryData<string, Action> CallerMistakes() => new()
    {
        { "id", () => _ = new MatchingMentee(default, Org, [Digital]) },
        { "organizationId", () => _ = new MatchingMentee(Id("E1"), default, [Digital]) },
        { "requests", () => _ = new MatchingMentee(Id("E1"), Org, null!) },
        { "requests", () => _ = new MatchingMentee(Id("E1"), Org, [Digital, Digital]) },
        { "requests", () => _ = new MatchingMentee(Id("E1"), Org, [default]) },
        { "excludedMentors", () => _ = new MatchingMentee(Id("E1"), Org, [Digital], excludedMentors: [default]) },
        { "preferredMentors", () => _ = new MatchingMentee(Id("E1"), Org, [Digital], preferredMentors: [Id("M1"), Id("M1")]) },
        { "preferredMentors", () => _ = new MatchingMentee(Id("E1"), Org, [Digital], preferredMentors: [default]) },
        { "id", () => _ = new MatchingMentor(default, Org, Competencies, 1) },
        { "organizationId", () => _ = new MatchingMentor(Id("M1"), default, Competencies, 1) },
        { "competencies", () => _ = new MatchingMentor(Id("M1"), Org, null!, 1) },
        { "capacity", () => _ = new MatchingMentor(Id("M1"), Org, Competencies, -1) },
        { "competencies", () => _ = new MatchingMentor(Id("M1"), Org, [new(default, 2)], 1) },
        { "competencies", () => _ = new MatchingMentor(Id("M1"), Org, [new(Digital, 2), new(Digital, 3)], 1) },
        { "preferredMentees", () => _ = new MatchingMentor(Id("M1"), Org, Competencies, 1, preferredMentees: [Id("E1"), Id("E1")]) },
        { "mentees", () => _ = new MatchingProblem(null!, []) },
        { "mentors", () => _ = new MatchingProblem([], null!) },
        { "mentees", () => _ = new MatchingProblem([null!], []) },
        { "mentors", () => _ = new MatchingProblem([], [null!]) },
        { "mentees", () => _ = new MatchingProblem([Mentee("E1", "digital"), Mentee("E1", "parents")], []) },
        { "mentors", () => _ = new MatchingProblem([], [Mentor("M1", 1, "digital:2"), Mentor("M1", 1, "parents:2")]) },
        { "existingPairs", () => _ = new MatchingProblem([Mentee("E1", "digital")], [Mentor("M1", 1, "digital:2")], existingPairs: [null!]) },
        { "existingPairs", () => _ = new MatchingProblem([Mentee("E1", "digital")], [Mentor("M1", 1, "digital:2")], existingPairs: [new(Id("M9"), Id("E1"))]) },
        { "existingPairs", () => _ = new MatchingProblem([Mentee("E1", "digital")], [Mentor("M1", 1, "digital:2")], existingPairs: [new(Id("M1"), Id("M1"))]) },
        { "existingPairs", () => _ = new MatchingProblem([Mentee("E1", "digital")], [Mentor("M1", 2, "digital:2")], existingPairs: [new(Id("M1"), Id("E1")), new(Id("M1"), Id("E1"))]) },
        { "mentorId", () => new MatchingProblem([], [Mentor("M1", 1, "digital:2")]).FreePlacesOf(Id("M9")) },
        { "menteeBanks", () => MatchingProblem.FromBanks((IEnumerable<Mentorship.Domain.Banks.MenteeBank>)null!, []) },
        { "mentorBanks", () => MatchingProblem.FromBanks([], (IEnumerable<Mentorship.Domain.Banks.MentorBank>)null!) },
        { "policy", () => MatchingEligibility.Check(Mentor("M1", 1, "digital:2"), Mentee("E1", "digital"), null!, 1) },
        { "mentor", () => MatchingEligibility.CheckIgnoringPlaces(null!, Mentee("E1", "digital"), MatchingPolicy.Default) },
        { "mentee", () => MatchingEligibility.CheckIgnoringPlaces(Mentor("M1", 1, "digital:2"), null!, MatchingPolicy.Default) },
        { "policy", () => MatchingEligibility.CheckIgnoringPlaces(Mentor("M1", 1, "digital:2"), Mentee("E1", "digital"), null!) },
    };

    [Theory]
    [MemberData(nameof(CallerMistakes))]
    public void CallerMistake_IsAnArgumentExceptionNamingTheArgument(string parameter, Action call) =>
        call.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(parameter);

    [Fact]
    public void Messages_NameTheIdentifierAtFault()
    {
        FluentActions.Invoking(() => new MatchingProblem([Mentee("E1", "digital")], [Mentor("M1", 1, "digital:2")], existingPairs: [new(Id("M9"), Id("E1"))]))
            .Should().Throw<ArgumentException>().WithMessage("*M9*");
        FluentActions.Invoking(() => new MatchingProblem([Mentee("E1", "digital"), Mentee("E1", "parents")], []))
            .Should().Throw<ArgumentException>().WithMessage("*E1*");
        FluentActions.Invoking(() => new MatchingProblem([], [Mentor("M1", 1, "digital:2")]).FreePlacesOf(Id("M9")))
            .Should().Throw<ArgumentException>().WithMessage("*M9*");
        FluentActions.Invoking(() => new MatchingMentor(Id("M1"), Org, [new(Digital, 2), new(Digital, 3)], 1))
            .Should().Throw<ArgumentException>().WithMessage("*digital*");
        FluentActions.Invoking(() => new MatchingMentee(Id("E1"), Org, []))
            .Should().Throw<ArgumentException>().WithMessage($"*{MatchingMentee.MaxRequests}*");
    }

    [Fact]
    public void Policies_DifferingInOneSetting_HaveDifferentHashCodes()
    {
        var policies = new[]
        {
            MatchingPolicy.Default,
            MatchingPolicy.Default.WithMode(MatchingMode.Stable),
            MatchingPolicy.Default.WithNetwork(true),
            MatchingPolicy.Default.WithMinimumScore(1),
            MatchingPolicy.Default.WithMinimumScore(8),
            MatchingPolicy.Default.WithKeepExistingPairs(false),
            MatchingPolicy.Default.WithGroupProposals(true),
        };

        policies.Select(p => p.GetHashCode()).Should().OnlyHaveUniqueItems();
        policies.Should().OnlyHaveUniqueItems();
        MatchingPolicy.Default.WithNetwork(true).WithNetwork(false).GetHashCode().Should().Be(MatchingPolicy.Default.GetHashCode());
    }

    [Fact]
    public void Options_ToString_SaysHowManyThreads()
    {
        MatchingOptions.SingleThreaded.ToString().Should().Contain("single-threaded");
        MatchingOptions.WithParallelism(3).ToString().Should().Contain("up to 3 threads");
    }
}
