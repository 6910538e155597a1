using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.Reports;
using static Mentorship.Domain.Tests.Monitoring.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Indicators;

/// <summary>K14, the share of active mentors trained in the last three years (<c>MentorTraining</c>), computed by hand (as of 31.12.2026; organisation A).</summary>
public class MentorTrainingTests
{
    private static MentorTrainingFact Session(string mentor, NodaTime.LocalDate on, Mentorship.Domain.People.OrganizationId? org = null) =>
        new(E(mentor), org ?? OrgA, on, "Семинар наставников", 4);

    private static MonitoringFactsBuilder Scenario() => Builder()
        .Add(Pair("P1", "T1", "S1", D(2026, 9, 1))).Add(Session("T1", D(2024, 1, 1)))                      // the first day of the three years: counted
        .Add(Pair("P2", "T2", "S2", D(2026, 9, 1))).Add(Session("T2", D(2023, 12, 31)))                    // exactly three years before: not
        .Add(Pair("P3", "T3", "S3", D(2026, 9, 1))).Add(Session("T3", D(2027, 1, 5)))                      // after the last day: not
        .Add(Pair("P4", "T4", "S4", D(2026, 9, 1)))                                                        // never trained
        .Add(Pair("P5", "T5", "S5", D(2026, 9, 1))).Add(Session("T5", D(2026, 3, 1), OrgB))                // trained by another organisation's bank: counted
        .Add(Session("T7", D(2026, 5, 1))).Add(Session("T1", D(2026, 3, 1))).Add(Session("T1", D(2026, 4, 1))); // T7 leads nothing

    [Fact]
    public void K14_ActiveMentorsTrainedInTheLastThreeYears_AgainstAllActiveMentors()
    {
        var k14 = Compute(Scenario()).Get(IndicatorCode.K14);

        // Active: T1–T5. Trained after 31.12.2023 and by 31.12.2026: T1, T5: 2 of 5 = 40 %.
        (k14.Numerator, k14.Denominator).Should().Be((2, 5));
        k14.Value.Number.Should().Be(40m);
        k14.Counted.Should().Equal("T1", "T5");
    }

    [Fact]
    public void Census_MentorsTrained_CountsDistinctMentorsTheOrganisationTrainedInThePeriod()
    {
        var census = MonitoringReport.Build(Scenario().Build(), SampleYear.A, Year2026).Census;

        // In 2026 organisation A trained T1 (twice) and T7; T5's session is organisation B's.
        census.MentorsTrained.Should().Be(2);
    }

    [Fact]
    public void K14_NoActiveMentors_IsNoData()
    {
        var k14 = Compute(Builder().Add(Session("T1", D(2026, 3, 1)))).Get(IndicatorCode.K14);

        k14.Value.HasData.Should().BeFalse();
        k14.Counted.Should().BeEmpty();
    }

    [Fact]
    public void Definitions_K13AndK14_AreTheLibrarysProcessIndicators_HigherIsBetter()
    {
        foreach (var code in new[] { IndicatorCode.K13, IndicatorCode.K14 })
        {
            var d = IndicatorCatalog.Describe(code);
            (d.Stage, d.Direction, d.Source.Kind).Should().Be((IndicatorStage.Process, IndicatorDirection.HigherIsBetter, IndicatorSourceKind.Library));
            d.Source.Note.Should().NotBeNullOrWhiteSpace();
        }

        IndicatorCatalog.Describe(IndicatorCode.K13).Title.Should().Be("Доля наставников с доплатой");
        IndicatorCatalog.Describe(IndicatorCode.K14).Title.Should().Be("Доля обученных наставников");
        IndicatorCatalog.All.Select(d => d.Code).Should().EndWith([IndicatorCode.K13, IndicatorCode.K14]);
    }
}
