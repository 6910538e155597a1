using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using static Mentorship.Domain.Tests.Monitoring.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Indicators;

/// <summary>K1, coverage of young teachers (<c>YoungTeacherCoverage</c>) on small scenarios computed by hand (period: 2026; as of 31.12.2026; organisation A).</summary>
public class YoungTeacherCoverageTests
{
    private const ProgrammeClosure NotDone = ProgrammeClosure.CompletedNotDone;
    private const ProgrammeClosure Early = ProgrammeClosure.EndedEarly;
    private static readonly NodaTime.LocalDate Young = D(2030, 1, 1);

    [Fact]
    public void K1_YoungTeachersInActiveOrCompletedProgrammes_CountedAgainstYoungStaffOnTheLastDay()
    {
        var b = Builder()
            .Add(Staff("Y1", youngThrough: Young)).Add(Pair("P1", "T1", "Y1", D(2026, 9, 1)))                         // active: counted
            .Add(Staff("Y2", youngThrough: Young)).Add(Pair("P2", "T1", "Y2", D(2025, 9, 1), D(2026, 5, 31), NotDone)) // completed: counted
            .Add(Staff("Y3", youngThrough: Young)).Add(Pair("P3", "T2", "Y3", D(2025, 9, 1), D(2026, 3, 1), Early))    // ended early: not
            .Add(Staff("Y4", youngThrough: Young))                                                                     // no programme: not
            .Add(Staff("Y5", through: D(2026, 6, 30), youngThrough: Young)).Add(Pair("P5", "T2", "Y5", D(2026, 1, 10))) // left: not in the denominator
            .Add(Staff("O1", youngThrough: D(2020, 1, 1))).Add(Pair("P6", "T2", "O1", D(2026, 1, 10)))                 // not young: not in the denominator
            .Add(Staff("Y6", youngThrough: Young)).Add(Pair("P7", "T3", "Y6", D(2027, 1, 10)));                         // starts later: not

        var k1 = Compute(b).Get(IndicatorCode.K1);

        // 2 of Y1, Y2, Y3, Y4, Y6 = 40 %, below the federal 70 %.
        k1.Numerator.Should().Be(2);
        k1.Denominator.Should().Be(5);
        k1.Value.Number.Should().Be(40m);
        k1.Counted.Should().Equal("Y1", "Y2");
        k1.Target.Should().BeSameAs(IndicatorTarget.FederalYoungTeacherCoverage);
        k1.TargetStatus.Should().Be(TargetStatus.Missed);
    }

    [Fact]
    public void K1_ExactlySeventyPercent_MeetsTheFederalTarget()
    {
        var b = Builder();
        for (var i = 0; i < 10; i++)
        {
            b.Add(Staff($"Y{i}", youngThrough: Young));
            if (i < 7)
            {
                b.Add(Pair($"P{i}", "T1", $"Y{i}", D(2026, 9, 1)));
            }
        }

        var k1 = Compute(b).Get(IndicatorCode.K1);

        k1.Value.Number.Should().Be(70m);
        k1.TargetStatus.Should().Be(TargetStatus.Met);
    }

    [Fact]
    public void K1_NoYoungTeachers_IsNoDataAndNotAssessed()
    {
        var k1 = Compute(Builder().Add(Staff("O1", youngThrough: D(2020, 1, 1)))).Get(IndicatorCode.K1);

        k1.Denominator.Should().Be(0);
        k1.Value.HasData.Should().BeFalse();
        k1.Value.IsT1.Should().BeTrue("the named case NoData, not zero");
        k1.TargetStatus.Should().Be(TargetStatus.NotAssessed);
        k1.Counted.Should().BeEmpty();
    }

    [Fact]
    public void K1_AppointedToAPostWithoutExperience_CountsByDefault_AndNotWhenThePolicySaysSo()
    {
        // N1: 50 years old, long teaching, appointed 01.09.2025 to a post without experience: young through 31.08.2028.
        // N2: appointed 01.09.2023: the branch ended 31.08.2026, before the last day. O1: not young by any branch.
        var b = Builder()
            .Add(Staff("Y1", youngThrough: Young)).Add(Pair("P1", "T1", "Y1", D(2026, 9, 1)))
            .Add(Staff("N1", youngThrough: D(2010, 1, 1)).WithNewPostWithoutExperience(new(D(2025, 9, 1), D(2028, 8, 31))))
            .Add(Pair("P2", "T1", "N1", D(2026, 9, 1)))
            .Add(Staff("N2", youngThrough: D(2010, 1, 1)).WithNewPostWithoutExperience(new(D(2023, 9, 1), D(2026, 8, 31))))
            .Add(Pair("P3", "T2", "N2", D(2026, 9, 1)))
            .Add(Staff("N3", youngThrough: D(2010, 1, 1)).WithNewPostWithoutExperience(new(D(2026, 2, 1), D(2029, 1, 31))))
            .Add(Staff("O1", youngThrough: D(2010, 1, 1)));

        var byDefault = Compute(b).Get(IndicatorCode.K1);
        var off = Compute(b, MonitoringPolicy.Default.WithNewPostWithoutExperience(false)).Get(IndicatorCode.K1);

        // Default: Y1, N1 and N3 are young; Y1 and N1 are covered: 2 of 3.
        (byDefault.Numerator, byDefault.Denominator).Should().Be((2, 3));
        byDefault.Counted.Should().Equal("Y1", "N1");

        // Off: only Y1, covered: 1 of 1.
        (off.Numerator, off.Denominator).Should().Be((1, 1));
        off.Counted.Should().Equal("Y1");
        off.Value.Number.Should().Be(100m);
    }
}
