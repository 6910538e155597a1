using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using static Mentorship.Domain.Tests.TestHelpers.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Indicators;

/// <summary>K2, coverage of the mentee bank (<c>MenteeBankCoverage</c>) on small scenarios computed by hand (period: 2026; as of 31.12.2026; organisation A).</summary>
public class MenteeBankCoverageTests
{
    private const ProgrammeClosure Done = ProgrammeClosure.CompletedDone;

    [Fact]
    public void K2_MenteesInTheBankOnTheLastDay_CountedWhenTheyGotAMentor()
    {
        var inForce = D(2027, 8, 31);
        var b = Builder()
            .Add(new MenteeBankFact(E("M1"), OrgA, 2026, D(2026, 5, 20), inForce)).Add(Pair("P1", "T1", "M1", D(2026, 9, 1)))                         // paired: counted
            .Add(new MenteeBankFact(E("M2"), OrgA, 2026, D(2026, 5, 20), inForce))                                                                   // waiting: not
            .Add(new MenteeBankFact(E("M3"), OrgA, 2026, D(2026, 5, 20), inForce)).Add(Pair("P3", "T1", "M3", D(2025, 9, 1), D(2026, 3, 1), Done))   // closed before entry: not
            .Add(new MenteeBankFact(E("M4"), OrgA, 2025, D(2025, 5, 20), D(2026, 8, 31)))                                                            // out of force: not in the denominator
            .Add(new MenteeBankFact(E("M5"), OrgA, 2026, D(2026, 5, 20), inForce)).Add(Pair("P5", "T2", "M5", D(2027, 2, 1)))                         // starts later: not
            .Add(new MenteeBankFact(E("M6"), OrgA, 2025, D(2025, 5, 1), D(2026, 8, 31)))
            .Add(new MenteeBankFact(E("M6"), OrgA, 2026, D(2026, 5, 10), inForce)).Add(Pair("P6", "T2", "M6", D(2025, 9, 1), D(2026, 6, 30), Done)) // last year's pair ended: not
            .Add(new MenteeBankFact(E("M7"), OrgA, 2026, D(2026, 5, 20), inForce)).Add(Pair("P7", "T3", "M7", D(2025, 9, 1)));                        // still running: counted

        var k2 = Compute(b).Get(IndicatorCode.K2);

        // 2 of M1, M2, M3, M5, M6, M7 = 33.33 %.
        k2.Numerator.Should().Be(2);
        k2.Denominator.Should().Be(6);
        decimal.Round(k2.Value.Number, 2).Should().Be(33.33m);
        k2.Counted.Should().Equal("M1", "M7");
        k2.TargetStatus.Should().Be(TargetStatus.NoTarget);
    }
}
