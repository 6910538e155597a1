using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.Reports;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.People;
using static Mentorship.Domain.Tests.Monitoring.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Indicators;

/// <summary>K13, the share of active mentors whose agreement states pay (<c>MentorPay</c>), computed by hand (as of 31.12.2026; organisation A).</summary>
public class MentorPayTests
{
    internal static FixedUnitFact Fixed(string id, string mentor, decimal? pay, bool group = false, OrganizationId? org = null, ParticipantsForm participants = ParticipantsForm.EducatorToEducator, NodaTime.LocalDate? through = null, NodaTime.LocalDate? orderDate = null) =>
        new(id, org ?? OrgA, group, group ? MentorshipForm.Group : MentorshipForm.Individual, participants, new OrderReference($"{id}-од", orderDate ?? D(2026, 8, 28)), through, E(mentor), pay);

    private static MonitoringFactsBuilder Scenario() => Builder()
        .Add(Pair("P1", "T1", "S1", D(2026, 9, 1))).Add(Fixed("P1", "T1", 3000m))                              // paid
        .Add(Group("G1", "T1", ["S5", "S6"], D(2026, 9, 1))).Add(Fixed("G1", "T1", 1500m, group: true))        // T1 again: counted once
        .Add(Pair("P2", "T2", "S2", D(2026, 9, 1))).Add(Fixed("P2", "T2", 0m))                                 // agreement without pay
        .Add(Pair("P3", "T3", "S3", D(2026, 9, 1)))                                                            // no agreement known
        .Add(Pair("P4", "T4", "S4", D(2026, 1, 10), D(2026, 5, 31), ProgrammeClosure.CompletedDone)).Add(Fixed("P4", "T4", 2500m)) // closed: not active
        .Add(Pair("P5", "T5", "S7", D(2026, 9, 1), replacements: [new MentorReplacementFact(D(2026, 10, 1), E("T6"))]))
        .Add(Fixed("P5", "T6", 2000m));                                                                        // the new mentor's agreement

    [Fact]
    public void K13_ActiveMentorsWhoseAgreementStatesPay_AgainstAllActiveMentors()
    {
        var k13 = Compute(Scenario()).Get(IndicatorCode.K13);

        // Active on 31.12.2026: T1, T2, T3, T6. Paid: T1 (3000 + 1500) and T6 (2000): 2 of 4.
        (k13.Numerator, k13.Denominator).Should().Be((2, 4));
        k13.Value.Number.Should().Be(50m);
        k13.Counted.Should().Equal("T1", "T6");
        k13.Kind.Should().Be(IndicatorKind.Share);
    }

    [Fact]
    public void Census_MonthlyPayTotal_SumsTheActiveMentorsSupplements()
    {
        var census = MonitoringReport.Build(Scenario().Build(), SampleYear.A, Year2026).Census;

        census.MonthlyPayTotal.Should().Be(6500m, "T1 3000 + 1500, T6 2000; T4's pair closed in May");
    }

    [Fact]
    public void K13_AReplacedMentorsAgreement_DoesNotPayTheNewMentor()
    {
        var b = Builder()
            .Add(Pair("P1", "T1", "S1", D(2026, 9, 1), replacements: [new MentorReplacementFact(D(2026, 10, 1), E("T2"))]))
            .Add(Fixed("P1", "T1", 3000m));

        var k13 = Compute(b).Get(IndicatorCode.K13);

        (k13.Numerator, k13.Denominator).Should().Be((0, 1));
        k13.Value.Number.Should().Be(0m);
    }

    [Fact]
    public void K13_NoActiveMentors_IsNoData()
    {
        var k13 = Compute(Builder().Add(Pair("P1", "T1", "S1", D(2027, 1, 10))).Add(Fixed("P1", "T1", 3000m))).Get(IndicatorCode.K13);

        k13.Denominator.Should().Be(0);
        k13.Value.HasData.Should().BeFalse();
        k13.TargetStatus.Should().Be(TargetStatus.NoTarget);
        k13.Counted.Should().BeEmpty();
    }

    [Fact]
    public void K13_Municipality_SumsItsOrganisations()
    {
        var b = Scenario()
            .Add(Pair("B1", "U1", "V1", D(2026, 9, 1), org: OrgB)).Add(Fixed("B1", "U1", 1000m, org: OrgB));

        var set = IndicatorCalculator.Compute(b.Build(), MonitoringScope.ForMunicipality("М", [OrgA, OrgB]), Year2026);

        var k13 = set.Get(IndicatorCode.K13);
        (k13.Numerator, k13.Denominator).Should().Be((3, 5));
        k13.Counted.Should().Equal("T1", "T6", "U1");
    }
}
