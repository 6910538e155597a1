using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.Questionnaires;
using static Mentorship.Domain.Tests.Monitoring.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Indicators;

/// <summary>The calculator composing the indicators: order, municipalities, empty facts, targets.</summary>
public class IndicatorCalculatorTests
{
    private const ProgrammeClosure Early = ProgrammeClosure.EndedEarly;
    private static readonly NodaTime.LocalDate Young = D(2030, 1, 1);

    [Fact]
    public void Compute_Municipality_SumsItsOrganisations()
    {
        var b = Builder()
            .Add(Staff("Y1", youngThrough: Young)).Add(Pair("P1", "T1", "Y1", D(2026, 9, 1)))
            .Add(Staff("Y2", youngThrough: Young))
            .Add(Staff("Y3", youngThrough: Young, org: OrgB)).Add(Pair("P3", "T3", "Y3", D(2026, 9, 1), org: OrgB));
        var scope = MonitoringScope.ForMunicipality("Иловлинский муниципальный район", [OrgB, OrgA]);

        var set = IndicatorCalculator.Compute(b.Build(), scope, Year2026);

        // A: 1 of 2; B: 1 of 1; municipality: 2 of 3 = 66.67 %, below 70 %.
        var k1 = set.Get(IndicatorCode.K1);
        (k1.Numerator, k1.Denominator).Should().Be((2L, 3L));
        k1.TargetStatus.Should().Be(TargetStatus.Missed);
        set.Parts.Select(p => p.Scope.Organizations[0]).Should().Equal(OrgA, OrgB);
        set.Parts[1].Get(IndicatorCode.K1).TargetStatus.Should().Be(TargetStatus.Met);
        k1.Counted.Should().Equal("Y1", "Y3");
    }

    [Fact]
    public void Compute_OrganisationWithoutFacts_GivesNoDataEverywhere()
    {
        var set = IndicatorCalculator.Compute(MonitoringFacts.Empty, MonitoringScope.ForOrganization(OrgA), Year2026);

        set.Results.Should().HaveCount(18);
        set.Results.Should().OnlyContain(r => !r.Value.HasData && r.Denominator == 0 && r.Numerator == 0);
        set.Results.Select(r => r.Id).Should().Equal(
            "K1", "K2", "K3", "K4", "K5", "K6.mentee", "K6.mentor", "K6.coordinator", "K7.mentee", "K7.mentor", "K7.coordinator", "K8", "K9", "K10", "K11", "K12", "K13", "K14");
    }

    [Fact]
    public void Get_PerRoleIndicatorWithoutRole_Throws()
    {
        var set = IndicatorCalculator.Compute(MonitoringFacts.Empty, MonitoringScope.ForOrganization(OrgA), Year2026);

        set.Invoking(s => s.Get(IndicatorCode.K6)).Should().Throw<ArgumentException>();
        set.Find("K6.mentor")!.Role.Should().Be(RespondentRole.Mentor);
    }

    [Fact]
    public void Compute_PolicyTargets_AreJudgedExactly()
    {
        var policy = MonitoringPolicy.Default
            .WithTarget(IndicatorCode.K5, IndicatorTarget.AtMost(10m))
            .WithTarget(IndicatorCode.K6, IndicatorTarget.AtLeast(8m))
            .WithoutTarget(IndicatorCode.K1);
        var p1 = Pair("P1", "T1", "M1", D(2025, 9, 1), D(2026, 2, 1), Early);
        var p2 = Pair("P2", "T1", "M2", D(2025, 9, 1));
        var b = Builder().Add(p1).Add(p2)
            .Add(Response("R1", p2, "M2", RespondentRole.Mentee, SurveyWave.Final, D(2026, 5, 1), ("x", 8)));

        var set = Compute(b, policy);

        set.Get(IndicatorCode.K1).TargetStatus.Should().Be(TargetStatus.NoTarget);
        set.Get(IndicatorCode.K5).TargetStatus.Should().Be(TargetStatus.Missed);  // 50 % > 10 %
        set.Get(IndicatorCode.K6, RespondentRole.Mentee).TargetStatus.Should().Be(TargetStatus.Met);       // 8 ≥ 8
        set.Get(IndicatorCode.K6, RespondentRole.Mentor).TargetStatus.Should().Be(TargetStatus.NotAssessed);
    }
}
