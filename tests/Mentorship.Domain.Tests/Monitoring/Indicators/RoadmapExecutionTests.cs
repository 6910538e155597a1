using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using static Mentorship.Domain.Tests.TestHelpers.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Indicators;

/// <summary>K12, roadmap execution (<c>RoadmapExecution</c>) on small scenarios computed by hand (period: 2026; as of 31.12.2026; organisation A).</summary>
public class RoadmapExecutionTests
{
    [Fact]
    public void K12_ActivitiesWithItemsDueInThePeriod_CountedWhenEveryItemWasDoneOnTime()
    {
        var b = Builder()
            .Add(new RoadmapItemFact(OrgA, "2.1", "2026:2.1/1", "База наставляемых", D(2026, 4, 1), D(2026, 9, 30), D(2026, 9, 20)))
            .Add(new RoadmapItemFact(OrgA, "3.1", "2026:3.1/1", "Справка", D(2026, 5, 1), D(2026, 12, 31), D(2026, 12, 20)))
            .Add(new RoadmapItemFact(OrgA, "3.1", "2026:3.1/2", "Итоговое мероприятие", D(2026, 4, 1), D(2026, 4, 30), D(2026, 5, 5))) // late
            .Add(new RoadmapItemFact(OrgA, "3.2", "2026:3.2/1", "Аналитическая справка", D(2026, 9, 1), D(2026, 9, 30)))               // not done
            .Add(new RoadmapItemFact(OrgA, "4.1", "2026:4.1/1", "Освещение", D(2026, 9, 1), D(2027, 5, 31)))                           // due later
            .Add(new RoadmapItemFact(OrgA, "1.1", "2025:1.1/1", "Положение", D(2025, 4, 1), D(2025, 8, 31), D(2025, 8, 1)));           // due earlier

        var k12 = Compute(b).Get(IndicatorCode.K12);

        // 1 of 2.1, 3.1, 3.2 = 33.33 %.
        k12.Numerator.Should().Be(1);
        k12.Denominator.Should().Be(3);
        k12.Counted.Should().Equal("org-a/2.1");
    }
}
