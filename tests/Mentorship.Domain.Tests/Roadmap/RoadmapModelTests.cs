using Mentorship.Domain.Roadmap;

namespace Mentorship.Domain.Tests.Roadmap;

public class RoadmapModelTests
{
    private static RoadmapActivity Activity(string timing, params Deliverable[] deliverables) =>
        RoadmapActivity.Create("1.1", "Мероприятие", timing, [ResponsibleParty.From("директор")], deliverables);

    private static string Windows(Timing timing, int year) =>
        string.Join(" ", timing.WindowsFor(year).Select(w => $"{w.Start:yyyy-MM-dd}..{w.End:yyyy-MM-dd}"));

    [Theory]
    [InlineData("  Директор ", "директор")]
    [InlineData("заместитель   директора", "заместитель директора")]
    [InlineData("ЗДУВР", "ЗДУВР")]
    public void ResponsibleParty_From_NormalisesCaseAndSpaces(string written, string name)
    {
        ResponsibleParty.From(written).Name.Should().Be(name);
    }

    [Fact]
    public void ResponsibleParty_DifferentCase_AreEqual()
    {
        ResponsibleParty.From("Директор").Should().Be(ResponsibleParty.From("директор"));
    }

    [Fact]
    public void TimingOf_BracketedMonthInsideMultiYearRange_TakesTheYearInTheRange()
    {
        var activity = Activity("сентябрь 2022 г. - май 2024 г.", Deliverable.Create(1, "Отчёт", "март"), Deliverable.Create(2, "Справка", "до 15 октября"));
        Windows(activity.TimingOf(activity.Deliverables[0]), 2030).Should().Be("2023-03-01..2023-03-31");
        Windows(activity.TimingOf(activity.Deliverables[1]), 2030).Should().Be("2022-10-15..2022-10-15");
    }

    [Fact]
    public void TimingOf_CompositeWithOtherCount_IsTheActivityTiming()
    {
        var activity = Activity("май – декабрь апрель", Deliverable.Create(1, "А"), Deliverable.Create(2, "Б"), Deliverable.Create(3, "В"));
        activity.TimingOf(activity.Deliverables[2]).Should().BeSameAs(activity.Timing);
    }

    [Fact]
    public void TimingOf_ForeignDeliverable_Throws()
    {
        var act = () => Activity("май").TimingOf(Deliverable.Create(1, "А"));
        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("x.1")]
    [InlineData("1..2")]
    [InlineData("")]
    public void Create_MalformedNumber_Throws(string number)
    {
        var act = () => RoadmapActivity.Create(number, "А", "май", [], []);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Create_UnreadableTiming_Throws()
    {
        var act = () => Activity("когда-нибудь");
        act.Should().Throw<ArgumentException>().WithParameterName("timingText");
    }

    [Fact]
    public void Create_DeliverablesOutOfOrder_Throws()
    {
        var act = () => Activity("май", Deliverable.Create(2, "А"));
        act.Should().Throw<ArgumentException>().WithParameterName("deliverables");
    }

    [Fact]
    public void MentorshipRoadmap_RepeatedActivityNumber_Throws()
    {
        var act = () => MentorshipRoadmap.Create(
        [
            RoadmapSection.Create("I", "А", [Activity("май")]),
            RoadmapSection.Create("II", "Б", [Activity("июнь")]),
        ]);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void RoadmapSection_NonRomanNumber_Throws()
    {
        var act = () => RoadmapSection.Create("1", "А", []);
        act.Should().Throw<ArgumentException>();
    }
}
