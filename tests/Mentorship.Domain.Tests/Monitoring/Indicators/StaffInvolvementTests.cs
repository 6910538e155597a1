using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using static Mentorship.Domain.Tests.TestHelpers.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Indicators;

/// <summary>K10, staff involvement (<c>StaffInvolvement</c>) on small scenarios computed by hand (period: 2026; as of 31.12.2026; organisation A).</summary>
public class StaffInvolvementTests
{
    private const ProgrammeClosure Done = ProgrammeClosure.CompletedDone;

    [Fact]
    public void K10_StaffOnTheLastDay_CountedWhenMenteeOrLeadingMentorInThePeriod()
    {
        var b = Builder()
            .Add(Staff("A1")).Add(Pair("P1", "T9", "A1", D(2026, 2, 1)))                                                              // mentee
            .Add(Staff("A2")).Add(Pair("P2", "A2", "M2", D(2025, 9, 1), D(2026, 1, 20), Done))                                        // mentor in January
            .Add(Staff("A3"))                                                                                                          // not involved
            .Add(Staff("A4")).Add(Pair("P4", "A4", "M4", D(2025, 9, 1), replacements: [new MentorReplacementFact(D(2025, 12, 1), E("T8"))])) // replaced before the period
            .Add(Staff("A5", through: D(2026, 6, 30))).Add(Pair("P5", "T7", "A5", D(2026, 2, 1)))                                     // left: not in the denominator
            .Add(Staff("A6")).Add(Pair("P6", "A6", "M6", D(2026, 2, 1), org: OrgB));                                                   // mentor in another organisation

        var k10 = Compute(b).Get(IndicatorCode.K10);

        // 3 of A1, A2, A3, A4, A6 = 60 %.
        k10.Numerator.Should().Be(3);
        k10.Denominator.Should().Be(5);
        k10.Value.Number.Should().Be(60m);
        k10.Counted.Should().Equal("A1", "A2", "A6");
    }
}
