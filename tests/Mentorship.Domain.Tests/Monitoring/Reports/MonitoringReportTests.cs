using Mentorship.Domain.Tests.TestHelpers;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.InformationSupport;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.Monitoring.Reports;
using Mentorship.Domain.People;
using static Mentorship.Domain.Tests.TestHelpers.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Reports;

public class MonitoringReportTests
{
    private static MonitoringReport Report() =>
        MonitoringReport.Build(SampleYear.Facts(), SampleYear.A, SampleYear.Period, SampleYear.Practices(), SampleYear.Coverage(), FactBuilders.Instruments);

    [Fact]
    public void Build_Census_CountsPairsAndGroupsByFormMentorsMenteesAndBanks()
    {
        var c = Report().Census;

        c.ByForm.Should().Equal(new FormCount(MentorshipForm.Individual, 1, 0), new FormCount(MentorshipForm.Group, 0, 1), new FormCount(MentorshipForm.Virtual, 1, 0));
        (c.Pairs, c.Groups, c.Mentors, c.Mentees).Should().Be((2, 1, 3, 4)); // T1, T2, T3; S1–S4
        (c.Started, c.CompletedDone, c.CompletedNotDone, c.EndedEarly, c.Replacements).Should().Be((2, 1, 0, 0, 1));
        (c.MenteesInBank, c.MentorsInBank, c.IdleMentorsInBank).Should().Be((2, 1, 1));
    }

    [Fact]
    public void Build_Roadmap_ListsItemsOfThePeriodWithStatusOnTheLastDay()
    {
        Report().Roadmap.Select(l => (l.Item.Activity, l.Status)).Should().Equal(
            ("2.4", RoadmapItemStatus.DoneOnTime), ("3.2", RoadmapItemStatus.Overdue), ("3.1", RoadmapItemStatus.DoneOnTime));
    }

    [Fact]
    public void Build_Questionnaires_CompareEntryAndFinalPerRoleAndItem()
    {
        var report = Report();

        report.Responses.Should().Equal(
            new ResponseCount(RespondentRole.Mentee, SurveyWave.Entry, 1),
            new ResponseCount(RespondentRole.Mentee, SurveyWave.Final, 1),
            new ResponseCount(RespondentRole.Mentor, SurveyWave.Final, 1));
        var x = report.Questionnaires.Single(q => q.Role == RespondentRole.Mentee && q.ItemCode == "x");
        (x.Text, x.Entry, x.Final).Should().Be(("Вопрос X", new WaveFigure(1, 5m), new WaveFigure(1, 9m)));
        report.Questionnaires.Single(q => q.Role == RespondentRole.Mentor).Entry.Should().Be(new WaveFigure(0, null));
    }

    [Fact]
    public void Build_PracticesAndCoverage_AreThoseOfThePeriod()
    {
        var report = Report();

        report.BestPractices.Select(p => p.Id).Should().Equal("c1");
        report.PracticesProposed.Should().Be(2);
        report.Coverage.Select(c => (c.Item.Activity, c.Status)).Should().Equal(("2.4", CoverageStatus.Covered), ("3.1", CoverageStatus.NotCovered));
    }

    [Fact]
    public void Build_Swot_ReadsSignalsIntoQuadrants()
    {
        var swot = Report().Swot;

        swot.Select(s => s.Quadrant).Should().BeInAscendingOrder();
        swot.Should().ContainEquivalentOf(new SwotInput(SwotQuadrant.Weakness, SwotSignal.RoadmapOverdue, "K12", 1));
        swot.Should().ContainEquivalentOf(new SwotInput(SwotQuadrant.Weakness, SwotSignal.EventsNotCovered, null, 1));
        swot.Should().ContainEquivalentOf(new SwotInput(SwotQuadrant.Opportunity, SwotSignal.PracticesCollected, null, 1));
        swot.Should().ContainEquivalentOf(new SwotInput(SwotQuadrant.Opportunity, SwotSignal.MentorReserve, null, 1));
        swot.Should().ContainEquivalentOf(new SwotInput(SwotQuadrant.Strength, SwotSignal.ScoresRose, "K7.mentee", 3m));
        swot.Should().ContainEquivalentOf(new SwotInput(SwotQuadrant.Strength, SwotSignal.TargetMet, "K1", 100m));
        swot.Should().ContainEquivalentOf(new SwotInput(SwotQuadrant.Threat, SwotSignal.MenteesWaiting, "K2", 1));
        swot.Should().ContainEquivalentOf(new SwotInput(SwotQuadrant.Threat, SwotSignal.EarlyTerminations, "K5", 1));
    }

    [Fact]
    public void Build_EmptyOrganisation_IsEmptyWithNoDataIndicators()
    {
        var report = MonitoringReport.Build(SampleYear.Facts(), SampleYear.B, SampleYear.Period);

        report.IsEmpty.Should().BeTrue();
        report.Indicators.Results.Should().OnlyContain(r => !r.Value.HasData);
        report.Swot.Should().BeEmpty();
        Report().IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void Build_CollectionOfAnotherOrganisation_Throws()
    {
        var build = () => MonitoringReport.Build(SampleYear.Facts(), SampleYear.B, SampleYear.Period, SampleYear.Practices());

        build.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void AnalyticalReport_Build_SumsTheOrganisationsReports()
    {
        var report = AnalyticalReport.Build(
            SampleYear.Facts(), "Иловлинский муниципальный район", [SampleYear.A, SampleYear.B], SampleYear.Period,
            [SampleYear.Practices()], [SampleYear.Coverage()], FactBuilders.Instruments);

        report.Organizations.Select(o => o.Organization.Id).Should().Equal(OrgA, OrgB);
        report.Census.Should().BeEquivalentTo(report.Organizations[0].Census);
        report.Indicators.Parts.Should().HaveCount(2);
        report.Indicators.Get(IndicatorCode.K1).Denominator.Should().Be(report.Organizations.Sum(o => o.Indicators.Get(IndicatorCode.K1).Denominator));
        report.Questionnaires.Should().BeEquivalentTo(report.Organizations[0].Questionnaires);
    }
}
