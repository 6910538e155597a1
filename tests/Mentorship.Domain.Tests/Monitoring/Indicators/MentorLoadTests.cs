using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.People;
using static Mentorship.Domain.Tests.TestHelpers.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Indicators;

/// <summary>K9, mentor load (<c>MentorLoad</c>) on small scenarios computed by hand (period: 2026; as of 31.12.2026; organisation A).</summary>
public class MentorLoadTests
{
    private const ProgrammeClosure Done = ProgrammeClosure.CompletedDone;

    [Fact]
    public void K9_MenteesPerMentorOnTheLastDay_FlagsMentorsOverCapacity()
    {
        var b = Builder()
            .Add(Pair("P1", "T1", "M1", D(2026, 9, 1)))
            .Add(Pair("P2", "T1", "M2", D(2026, 9, 1)))
            .Add(Pair("P3", "T1", "M3", D(2026, 9, 1), form: MentorshipForm.Virtual))                // T1: 3 individual mentees > default 2
            .Add(Group("P4", "T2", ["M4", "M5", "M6"], D(2026, 9, 1)))                                // a group does not load the capacity
            .Add(Pair("P5", "T4", "M7", D(2026, 9, 1), replacements: [new MentorReplacementFact(D(2026, 10, 1), E("T3"))]))
            .Add(Pair("P6", "T3", "M8", D(2026, 9, 1), org: OrgB))                                    // T3 also leads in B: 2 > capacity 1
            .Add(new MentorBankFact(E("T3"), OrgA, 2026, D(2026, 5, 1), D(2027, 8, 31), 1))
            .Add(Pair("P7", "T5", "M9", D(2025, 9, 1), D(2026, 6, 30), Done));                        // closed: not active

        var k9 = Compute(b).Get(IndicatorCode.K9);

        // 7 mentees (M1–M7) / 3 mentors (T1, T2, T3) = 2.33.
        k9.Numerator.Should().Be(7);
        k9.Denominator.Should().Be(3);
        decimal.Round(k9.Value.Number, 2).Should().Be(2.33m);
        k9.Kind.Should().Be(IndicatorKind.Ratio);
        k9.Counted.Should().Equal("M1", "M2", "M3", "M4", "M5", "M6", "M7");
        k9.Flagged.Should().Equal("T1", "T3");
    }
}
