using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using static Mentorship.Domain.Tests.TestHelpers.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Indicators;

/// <summary>K5, early terminations and mentor replacements (<c>EarlyTerminations</c>) on small scenarios computed by hand (period: 2026; as of 31.12.2026; organisation A).</summary>
public class EarlyTerminationsTests
{
    private const ProgrammeClosure Done = ProgrammeClosure.CompletedDone;
    private const ProgrammeClosure Early = ProgrammeClosure.EndedEarly;

    [Fact]
    public void K5_ProgrammesActiveInThePeriod_CountedWhenEndedEarlyOrReplacedInIt()
    {
        var b = Builder()
            .Add(Pair("P1", "T1", "M1", D(2025, 9, 1)))
            .Add(Pair("P2", "T1", "M2", D(2025, 9, 1), D(2026, 2, 10), Early))
            .Add(Pair("P3", "T2", "M3", D(2025, 9, 1), replacements: [new MentorReplacementFact(D(2026, 3, 1), E("T9"))]))
            .Add(Pair("P4", "T2", "M4", D(2025, 9, 1), replacements: [new MentorReplacementFact(D(2025, 11, 1), E("T8"))])) // replaced before
            .Add(Pair("P5", "T3", "M5", D(2025, 1, 1), D(2025, 12, 31), Done))                                                // not active in 2026
            .Add(Pair("P6", "T3", "M6", D(2026, 2, 1), D(2027, 2, 1), Early));                                                // ends early later

        var k5 = Compute(b).Get(IndicatorCode.K5);

        // 2 of P1, P2, P3, P4, P6 = 40 %.
        k5.Numerator.Should().Be(2);
        k5.Denominator.Should().Be(5);
        k5.Value.Number.Should().Be(40m);
        k5.Counted.Should().Equal("P2", "P3");
    }
}
