using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using static Mentorship.Domain.Tests.TestHelpers.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Indicators;

/// <summary>K3, programmes completed successfully (<c>SuccessfulCompletion</c>) on small scenarios computed by hand (period: 2026; as of 31.12.2026; organisation A).</summary>
public class SuccessfulCompletionTests
{
    private const ProgrammeClosure Done = ProgrammeClosure.CompletedDone;
    private const ProgrammeClosure NotDone = ProgrammeClosure.CompletedNotDone;
    private const ProgrammeClosure Early = ProgrammeClosure.EndedEarly;

    [Fact]
    public void K3_ProgrammesClosedInThePeriod_CountedWhenDone()
    {
        var b = Builder()
            .Add(Pair("P1", "T1", "M1", D(2025, 9, 1), D(2026, 5, 31), Done))
            .Add(Pair("P2", "T1", "M2", D(2025, 9, 1), D(2026, 5, 31), NotDone))
            .Add(Pair("P3", "T2", "M3", D(2025, 9, 1), D(2026, 2, 15), Early))
            .Add(Pair("P4", "T2", "M4", D(2025, 1, 1), D(2025, 12, 31), Done)) // closed before the period
            .Add(Pair("P5", "T3", "M5", D(2026, 9, 1)));                       // open

        var k3 = Compute(b).Get(IndicatorCode.K3);

        // 1 of P1, P2, P3 = 33.33 %.
        k3.Numerator.Should().Be(1);
        k3.Denominator.Should().Be(3);
        decimal.Round(k3.Value.Number, 2).Should().Be(33.33m);
        k3.Counted.Should().Equal("P1");
    }
}
