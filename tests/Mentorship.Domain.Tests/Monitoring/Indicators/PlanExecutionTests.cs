using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using static Mentorship.Domain.Tests.TestHelpers.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Indicators;

/// <summary>K4, plan execution (<c>PlanExecution</c>) on small scenarios computed by hand (period: 2026; as of 31.12.2026; organisation A).</summary>
public class PlanExecutionTests
{
    private const ProgrammeClosure Early = ProgrammeClosure.EndedEarly;

    [Fact]
    public void K4_PlanItemsDueInThePeriod_CountedWhenDoneByTheLastDay()
    {
        var b = Builder()
            .Add(Pair("P1", "T1", "M1", D(2025, 9, 1), plan:
            [
                new PlanItemFact("i1", D(2026, 3, 1), D(2026, 3, 1)),
                new PlanItemFact("i2", D(2026, 4, 1), D(2026, 5, 10)),   // late but done: counted
                new PlanItemFact("i3", D(2026, 6, 1)),                   // not done
                new PlanItemFact("i4", D(2027, 1, 15)),                  // due later: outside
                new PlanItemFact("i5", D(2025, 12, 20), D(2025, 12, 20)), // due earlier: outside
                new PlanItemFact("i6", D(2026, 12, 1), D(2027, 1, 5)),   // done after the last day: not
            ]))
            .Add(Pair("P2", "T2", "M2", D(2025, 9, 1), D(2026, 4, 30), Early, plan:
            [
                new PlanItemFact("j1", D(2026, 4, 15), D(2026, 4, 15)),
                new PlanItemFact("j2", D(2026, 5, 15)),                  // after the early end: outside
            ]));

        var k4 = Compute(b).Get(IndicatorCode.K4);

        // 3 of i1, i2, i3, i6, j1 = 60 %.
        k4.Numerator.Should().Be(3);
        k4.Denominator.Should().Be(5);
        k4.Value.Number.Should().Be(60m);
        k4.Counted.Should().Equal("P1/i1", "P1/i2", "P2/j1");
    }
}
