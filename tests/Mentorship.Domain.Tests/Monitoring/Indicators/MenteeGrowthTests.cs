using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using static Mentorship.Domain.Tests.TestHelpers.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Indicators;

/// <summary>K11, professional growth of mentees (<c>MenteeGrowth</c>) on small scenarios computed by hand (period: 2026; as of 31.12.2026; organisation A).</summary>
public class MenteeGrowthTests
{
    [Fact]
    public void K11_MenteesOfThePeriod_CountedWithAnAchievementInItAfterTheirStart()
    {
        var b = Builder()
            .Add(Pair("P1", "T1", "M1", D(2026, 2, 1))).Add(new AchievementFact(E("M1"), D(2026, 5, 10), AchievementKind.Contest))
            .Add(Pair("P2", "T1", "M2", D(2026, 9, 1))).Add(new AchievementFact(E("M2"), D(2026, 6, 1), AchievementKind.Publication)) // before the start
            .Add(Pair("P3", "T2", "M3", D(2025, 9, 1)))
            .Add(new AchievementFact(E("M3"), D(2025, 12, 1), AchievementKind.NewCategory))                                            // before the period
            .Add(new AchievementFact(E("M3"), D(2026, 3, 3), AchievementKind.OpenLesson))
            .Add(Pair("P4", "T2", "M4", D(2026, 1, 15)));

        var k11 = Compute(b).Get(IndicatorCode.K11);

        // 2 of M1, M2, M3, M4 = 50 %.
        k11.Numerator.Should().Be(2);
        k11.Denominator.Should().Be(4);
        k11.Value.Number.Should().Be(50m);
        k11.Counted.Should().Equal("M1", "M3");
    }
}
