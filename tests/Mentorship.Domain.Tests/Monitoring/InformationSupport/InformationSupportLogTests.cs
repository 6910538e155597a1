using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.InformationSupport;
using Mentorship.Domain.Tests.TestHelpers;
using static Mentorship.Domain.Tests.Monitoring.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.InformationSupport;

public class InformationSupportLogTests
{
    private static readonly RoadmapItemFact Order = new(OrgA, "2.4", "2026:2.4/1", "Приказ о закреплении пар", D(2026, 8, 1), D(2026, 8, 31), D(2026, 8, 28));
    private static readonly RoadmapItemFact Report = new(OrgA, "3.1", "2026:3.1/1", "Справка", D(2026, 5, 1), D(2026, 12, 31), D(2026, 12, 18));
    private static readonly RoadmapItemFact Pending = new(OrgA, "2.1", "2026:2.1/1", "База наставляемых", D(2026, 4, 1), D(2026, 9, 30));
    private static readonly RoadmapItemFact Later = new(OrgA, "3.2", "2027:3.2/1", "Аналитическая справка", D(2027, 9, 1), D(2027, 9, 30));

    [Fact]
    public void Record_Publication_IsLoggedWithAnEvent()
    {
        var log = InformationSupportLog.Open(OrgA);

        var result = log.Record(Order, CoverageChannel.Website, D(2026, 8, 29), "https://cdt.example/news/42");

        result.IsAccepted.Should().BeTrue();
        log.ChannelsOf(Order.Id, D(2026, 12, 31)).Should().Equal(CoverageChannel.Website);
        log.ChannelsOf(Order.Id, D(2026, 8, 28)).Should().BeEmpty();
        log.DequeueEvents().Should().ContainSingle().Which.Should().Be(new CoverageRecorded(D(2026, 8, 29), OrgA, Order.Id, CoverageChannel.Website));
    }

    [Fact]
    public void Record_OtherOrganisationEarlyOrRepeated_IsRefusedByItsRule()
    {
        var log = InformationSupportLog.Open(OrgA);
        log.Record(Order, CoverageChannel.Website, D(2026, 8, 29), "news/42");
        var foreign = new RoadmapItemFact(OrgB, "2.4", "b:2.4/1", "Приказ", D(2026, 8, 1), D(2026, 8, 31));

        log.Record(foreign, CoverageChannel.Website, D(2026, 8, 29), "x").Rejection.Violations.Single().Code.Should().Be(CoverageOrganizationRule.OtherOrganization);
        log.Record(Order, CoverageChannel.SocialNetwork, D(2026, 7, 1), "vk").Rejection.Violations.Single().Code.Should().Be(CoverageDateRule.BeforeEvent);
        log.Record(Order, CoverageChannel.Website, D(2026, 9, 1), "news/42").Rejection.Violations.Single().Code.Should().Be(CoverageDuplicateRule.Duplicate);
        log.Records.Should().ContainSingle();
    }

    [Fact]
    public void Review_HeldEvents_ShowChannelsMissingRequiredAndStatus()
    {
        var log = InformationSupportLog.Open(OrgA);
        log.Record(Order, CoverageChannel.Website, D(2026, 8, 29), "news/42");
        log.Record(Order, CoverageChannel.SocialNetwork, D(2026, 8, 29), "vk/1");
        log.Record(Order, CoverageChannel.Municipal, D(2026, 9, 5), "ilovlya-edu/7");
        log.Record(Report, CoverageChannel.SocialNetwork, D(2026, 12, 20), "vk/2");

        var review = log.Review([Order, Report, Pending, Later], D(2026, 12, 31));

        review.Select(r => (r.Item.Id, r.Status)).Should().Equal((Order.Id, CoverageStatus.Covered), (Report.Id, CoverageStatus.Partly));
        review[0].Channels.Should().Equal(CoverageChannel.Website, CoverageChannel.SocialNetwork, CoverageChannel.Municipal);
        review[1].MissingRequired.Should().Equal(CoverageChannel.Website);
        InformationSupportLog.Open(OrgA).Review([Order], D(2026, 12, 31)).Single().Status.Should().Be(CoverageStatus.NotCovered);
    }

    [Fact]
    public void Snapshot_JsonRoundTrip_LosesNothing()
    {
        var log = InformationSupportLog.Open(OrgA);
        log.Record(Order, CoverageChannel.Website, D(2026, 8, 29), "news/42");
        log.Record(Order, CoverageChannel.Regional, D(2026, 9, 10), "obl/3");

        var json = Json.Write(log.ToSnapshot());
        var restored = InformationSupportLog.FromSnapshot(Json.RoundTrip(log.ToSnapshot()));

        Json.Write(restored.ToSnapshot()).Should().Be(json);
        restored.PendingEvents.Should().BeEmpty();
    }

    [Fact]
    public void FromSnapshot_RepeatedPublication_Throws()
    {
        var record = new CoverageRecord("w1", CoverageChannel.Website, D(2026, 8, 29), "news/42");

        var restore = () => InformationSupportLog.FromSnapshot(new InformationSupportLogSnapshot("org-a", [record, record with { On = D(2026, 9, 1) }]));

        restore.Should().Throw<ArgumentException>();
    }
}
