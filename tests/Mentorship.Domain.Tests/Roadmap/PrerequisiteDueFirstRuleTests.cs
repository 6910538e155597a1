using Mentorship.Domain.Roadmap;

namespace Mentorship.Domain.Tests.Roadmap;

public class PrerequisiteDueFirstRuleTests
{
    private static readonly RoadmapSchedule Seed2022 = new RoadmapScheduler().Schedule(SeedRoadmap.Roadmap, 2022);

    [Fact]
    public void Check_DependentDueBeforePrerequisite_IsAViolationAboutTheDependent()
    {
        var violation = PrerequisiteDueFirstRule.Check(Seed2022.Find("1.1/4")!, Seed2022.Find("2.1/1")!, "order-after-mentee-bank");

        violation.Should().NotBeNull();
        violation!.Rule.Should().Be(nameof(PrerequisiteDueFirstRule));
        violation.Code.Should().Be(PrerequisiteDueFirstRule.Code);
        violation.Subject.Should().Be("1.1/4");
        violation.Message.Should().Be("Срок пункта 1.1/4 (31.08.2022) раньше срока пункта 2.1/1 (30.09.2022), от которого он зависит (order-after-mentee-bank).");
    }

    [Fact]
    public void Check_SameDueDate_IsNoViolation()
    {
        PrerequisiteDueFirstRule.Check(Seed2022.Find("2.4/2")!, Seed2022.Find("2.4/1")!, "programmes-after-order").Should().BeNull();
    }

    [Fact]
    public void Check_DependentDueLater_IsNoViolation()
    {
        PrerequisiteDueFirstRule.Check(Seed2022.Find("2.4/1")!, Seed2022.Find("2.1/1")!, "order-after-mentee-bank").Should().BeNull();
    }
}
