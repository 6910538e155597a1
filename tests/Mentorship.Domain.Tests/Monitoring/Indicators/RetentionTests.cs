using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using static Mentorship.Domain.Tests.TestHelpers.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Indicators;

/// <summary>K8, retention in the profession (<c>Retention</c>) on small scenarios computed by hand (period: 2026; as of 31.12.2026; organisation A).</summary>
public class RetentionTests
{
    private const ProgrammeClosure Done = ProgrammeClosure.CompletedDone;

    [Fact]
    public void K8_MenteesWhoseFirstProgrammeTurnedOneInThePeriod_CountedWhenStillEmployedAnywhere()
    {
        var b = Builder()
            .Add(Pair("P1", "T1", "M1", D(2025, 3, 1))).Add(Staff("M1", D(2024, 9, 1)))
            .Add(Pair("P2", "T1", "M2", D(2025, 6, 1))).Add(Staff("M2", D(2024, 9, 1), D(2026, 2, 28))).Add(Staff("M2", D(2026, 4, 1), org: OrgB)) // moved school: counted
            .Add(Pair("P3", "T2", "M3", D(2025, 9, 1))).Add(Staff("M3", D(2024, 9, 1), D(2026, 8, 31)))                                           // left: not
            .Add(Pair("P4", "T2", "M4", D(2024, 9, 1), D(2025, 5, 31), Done)).Add(Pair("P4b", "T3", "M4", D(2025, 9, 1))).Add(Staff("M4"))         // first start 2024: outside
            .Add(Pair("P5", "T3", "M5", D(2026, 3, 1))).Add(Staff("M5"));                                                                           // anniversary in 2027: outside

        var k8 = Compute(b).Get(IndicatorCode.K8);

        // 2 of M1, M2, M3 = 66.67 %.
        k8.Numerator.Should().Be(2);
        k8.Denominator.Should().Be(3);
        k8.Counted.Should().Equal("M1", "M2");
        decimal.Round(k8.Value.Number, 2).Should().Be(66.67m);
    }
}
