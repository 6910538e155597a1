using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.People;
using static Mentorship.Domain.Tests.TestHelpers.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Facts;

public class ProgrammeFactTests
{
    [Fact]
    public void MentorOn_FollowsTheReplacements()
    {
        var p = Pair("P1", "T1", "M1", D(2026, 9, 1), replacements:
            [new MentorReplacementFact(D(2027, 1, 10), E("T3")), new MentorReplacementFact(D(2026, 11, 1), E("T2"))]);

        p.Replacements.Select(r => r.NewMentor.Value).Should().Equal("T2", "T3");
        p.MentorOn(D(2026, 10, 31)).Value.Should().Be("T1");
        p.MentorOn(D(2026, 11, 1)).Value.Should().Be("T2");
        p.MentorOn(D(2027, 3, 1)).Value.Should().Be("T3");
        p.HasMentor(E("T2")).Should().BeTrue();
    }

    [Fact]
    public void IsActiveOn_RunsFromTheStartThroughTheClosingDay()
    {
        var p = Pair("P1", "T1", "M1", D(2026, 9, 1), D(2027, 5, 31), ProgrammeClosure.CompletedDone);

        p.IsActiveOn(D(2026, 8, 31)).Should().BeFalse();
        p.IsActiveOn(D(2026, 9, 1)).Should().BeTrue();
        p.IsActiveOn(D(2027, 5, 31)).Should().BeTrue();
        p.IsActiveOn(D(2027, 6, 1)).Should().BeFalse();
        p.IsActiveDuring(new NodaTime.DateInterval(D(2027, 5, 31), D(2027, 12, 31))).Should().BeTrue();
    }

    [Fact]
    public void IsIndividualForm_GroupAndTeamAreNot()
    {
        Pair("P1", "T1", "M1", D(2026, 9, 1), form: MentorshipForm.Virtual).IsIndividualForm.Should().BeTrue();
        Group("P2", "T1", ["M1", "M2"], D(2026, 9, 1)).IsIndividualForm.Should().BeFalse();
        Group("P3", "T1", ["M1", "M2"], D(2026, 9, 1), form: MentorshipForm.Team).IsIndividualForm.Should().BeFalse();
        Group("P2", "T1", ["M1", "M2"], D(2026, 9, 1)).IsGroup.Should().BeTrue();
    }

    public static TheoryData<string, Func<ProgrammeFact>> Invalid => new()
    {
        { "no mentee", () => new ProgrammeFact("P", OrgA, MentorshipForm.Individual, E("T1"), [], D(2026, 9, 1), D(2027, 5, 31)) },
        { "mentor is a mentee", () => new ProgrammeFact("P", OrgA, MentorshipForm.Individual, E("T1"), [E("T1")], D(2026, 9, 1), D(2027, 5, 31)) },
        { "repeated mentee", () => Group("P", "T1", ["M1", "M1"], D(2026, 9, 1)) },
        { "planned end first", () => new ProgrammeFact("P", OrgA, MentorshipForm.Individual, E("T1"), [E("M1")], D(2026, 9, 1), D(2026, 8, 31)) },
        { "closed without closure", () => Pair("P", "T1", "M1", D(2026, 9, 1), D(2027, 1, 1)) },
        { "closure without day", () => Pair("P", "T1", "M1", D(2026, 9, 1), closure: ProgrammeClosure.EndedEarly) },
        { "closed before start", () => Pair("P", "T1", "M1", D(2026, 9, 1), D(2026, 8, 1), ProgrammeClosure.EndedEarly) },
        { "replaced on the start", () => Pair("P", "T1", "M1", D(2026, 9, 1), replacements: [new MentorReplacementFact(D(2026, 9, 1), E("T2"))]) },
        { "replaced after closing", () => Pair("P", "T1", "M1", D(2026, 9, 1), D(2026, 12, 1), ProgrammeClosure.EndedEarly, replacements: [new MentorReplacementFact(D(2026, 12, 2), E("T2"))]) },
        { "replaced by the same", () => Pair("P", "T1", "M1", D(2026, 9, 1), replacements: [new MentorReplacementFact(D(2026, 10, 1), E("T1"))]) },
        { "replaced by a mentee", () => Pair("P", "T1", "M1", D(2026, 9, 1), replacements: [new MentorReplacementFact(D(2026, 10, 1), E("M1"))]) },
        { "repeated plan item", () => Pair("P", "T1", "M1", D(2026, 9, 1), plan: [new PlanItemFact("a", D(2026, 10, 1)), new PlanItemFact("a", D(2026, 11, 1))]) },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Constructor_BrokenInvariant_Throws(string why, Func<ProgrammeFact> create)
    {
        create.Should().Throw<ArgumentException>(why);
    }

    [Fact]
    public void RoadmapItemFact_StatusOn_ReadsDoneDueAndWindow()
    {
        var item = new RoadmapItemFact(OrgA, "3.1", "w1", "Справка", D(2026, 5, 1), D(2026, 12, 31), D(2027, 1, 10));

        item.StatusOn(D(2026, 4, 30)).Should().Be(RoadmapItemStatus.Planned);
        item.StatusOn(D(2026, 12, 31)).Should().Be(RoadmapItemStatus.InProgress);
        item.StatusOn(D(2027, 1, 5)).Should().Be(RoadmapItemStatus.Overdue);
        item.StatusOn(D(2027, 1, 10)).Should().Be(RoadmapItemStatus.DoneLate);
        new RoadmapItemFact(OrgA, "3.1", "w2", "Справка", D(2026, 5, 1), D(2026, 12, 31), D(2026, 12, 1)).StatusOn(D(2027, 1, 1))
            .Should().Be(RoadmapItemStatus.DoneOnTime);
    }
}
