using Mentorship.Domain.Roadmap;

namespace Mentorship.Domain.Tests.Roadmap;

/// <summary>
/// What <see cref="RoadmapActivity.Create(string, string, string, Timing, IEnumerable{ResponsibleParty}, IEnumerable{Deliverable}, string?)"/>
/// keeps: trimmed number, title, timing text and preamble, parties without repeats, deliverables numbered in order,
/// and how each deliverable's timing is chosen.
/// </summary>
public class RoadmapActivityCreateTests
{
    private static RoadmapActivity Create(string number, string timingText, IEnumerable<Deliverable> deliverables, string? preamble = null, params string[] parties) =>
        RoadmapActivity.Create(
            number,
            "  Заседание  ",
            timingText,
            RussianTimingParser.Parse(timingText).Timing,
            parties.Select(ResponsibleParty.From),
            deliverables,
            preamble);

    [Theory]
    [InlineData("2.1", "2.1")]
    [InlineData(" 2.1. ", "2.1")]
    [InlineData("2", "2")]
    [InlineData("123.456.789.1", "123.456.789.1")]
    public void Number_IsTrimmedOfSpacesAndTheLastDot(string written, string kept)
    {
        Create(written, "май", []).Number.Should().Be(kept);
    }

    [Theory]
    [InlineData("1234.1")]
    [InlineData("1.2.3.4.5")]
    [InlineData("1.1234")]
    [InlineData("1,1")]
    [InlineData(".1")]
    [InlineData("1.-1")]
    public void Number_OfAnotherShape_IsRefused(string written)
    {
        var act = () => Create(written, "май", []);

        act.Should().Throw<ArgumentException>().WithParameterName("number");
    }

    [Fact]
    public void Texts_AreTrimmed_AndABlankPreambleIsNone()
    {
        var activity = Create("1.1", "  май ", [], "  Пакет актов:  ");

        (activity.Title, activity.TimingText, activity.DeliverablesPreamble).Should().Be(("Заседание", "май", "Пакет актов:"));
        Create("1.1", "май", [], "   ").DeliverablesPreamble.Should().BeNull();
        Create("1.1", "май", [], null).DeliverablesPreamble.Should().BeNull();
        activity.ToString().Should().Be("1.1 Заседание");
    }

    [Fact]
    public void Parties_AreKeptOnceEach_InTheOrderWritten()
    {
        var activity = Create("1.1", "май", [], null, "Директор", "наставник", "директор");

        activity.Responsible.Select(p => p.Name).Should().Equal("директор", "наставник");
    }

    [Fact]
    public void Deliverables_NumberedFromOneInOrder_AreKept()
    {
        var activity = Create("1.1", "май", [Deliverable.Create(1, "А"), Deliverable.Create(2, "Б"), Deliverable.Create(3, "В")]);

        activity.Deliverables.Select(d => d.Title).Should().Equal("А", "Б", "В");
    }

    [Theory]
    [InlineData(new[] { 0 })]
    [InlineData(new[] { 1, 1 })]
    [InlineData(new[] { 1, 3 })]
    [InlineData(new[] { 2, 1 })]
    public void Deliverables_NumberedOtherwise_AreRefused(int[] indexes)
    {
        var act = () => Create("1.1", "май", indexes.Select(i => Deliverable.Create(Math.Max(i, 1), "А")).Select((d, k) => indexes[k] == 0 ? null! : d));

        act.Should().Throw<ArgumentException>().WithParameterName("deliverables");
    }

    [Fact]
    public void UnrecognisedTiming_MustKeepTheTimingText()
    {
        var kept = RoadmapActivity.Create("1.1", "А", " в каникулы ", RussianTimingParser.Parse("в каникулы").OrUnrecognised(), [], [], null);
        kept.Timing.Should().BeOfType<UnrecognisedTiming>();

        var other = () => RoadmapActivity.Create("1.1", "А", "в каникулы", RussianTimingParser.Parse("летом").OrUnrecognised(), [], [], null);
        other.Should().Throw<ArgumentException>().WithParameterName("timing");
    }

    [Fact]
    public void TimingOf_CompositeWithAsManyPartsAsDeliverables_TakesThePartInTheSamePosition()
    {
        var activity = Create("1.1", "май; октябрь", [Deliverable.Create(1, "А"), Deliverable.Create(2, "Б")]);

        activity.TimingOf(activity.Deliverables[0]).ToString().Should().Be("май");
        activity.TimingOf(activity.Deliverables[1]).ToString().Should().Be("октябрь");
    }

    [Fact]
    public void TimingOf_DeliverableWithItsOwnTiming_TakesIt()
    {
        var activity = Create("1.1", "май; октябрь", [Deliverable.Create(1, "А", "март"), Deliverable.Create(2, "Б")]);

        activity.TimingOf(activity.Deliverables[0]).ToString().Should().Be("март");
        activity.TimingOf(activity.Deliverables[1]).ToString().Should().Be("октябрь");
    }

    [Fact]
    public void TimingOf_SingleTiming_IsTheActivityTimingForEveryDeliverable()
    {
        var activity = Create("1.1", "май", [Deliverable.Create(1, "А"), Deliverable.Create(2, "Б")]);

        activity.TimingOf(activity.Deliverables[1]).Should().BeSameAs(activity.Timing);
    }
}
