using CsCheck;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;

namespace Mentorship.Domain.Tests.Monitoring.Indicators;

public class IndicatorPropertyTests
{
    private static IndicatorSet Municipal((MonitoringFacts Facts, NodaTime.DateInterval Period) x) =>
        IndicatorCalculator.Compute(x.Facts, MonitoringScope.ForMunicipality("Район", [.. RandomFacts.Orgs, Mentorship.Domain.People.OrganizationId.From("org-empty")]), x.Period);

    [Fact]
    public void Compute_Shares_LieBetweenZeroAndHundredAndDrillDownCountsTheNumerator()
    {
        RandomFacts.FactsAndPeriod.Sample(x =>
        {
            var set = Municipal(x);
            foreach (var r in set.Parts.Append(set).SelectMany(s => s.Results).Where(r => r.Kind == IndicatorKind.Share))
            {
                r.Numerator.Should().BeInRange(0, r.Denominator, r.Id);
                r.Counted.Should().HaveCount((int)r.Numerator, r.Id);
                if (r.Value.HasData)
                {
                    r.Value.Number.Should().BeInRange(0m, 100m, r.Id);
                    r.Value.Number.Should().Be(r.Numerator * 100m / r.Denominator, r.Id);
                }
            }
        }, iter: 150);
    }

    [Fact]
    public void Compute_Organisation_CountsEachIdOnceForShares()
    {
        RandomFacts.FactsAndPeriod.Sample(x =>
        {
            foreach (var part in Municipal(x).Parts)
            {
                foreach (var r in part.Results.Where(r => r.Kind == IndicatorKind.Share))
                {
                    r.Counted.Should().OnlyHaveUniqueItems(r.Id);
                }
            }
        }, iter: 150);
    }

    [Fact]
    public void Compute_MeansAndChanges_StayOnTheScale()
    {
        RandomFacts.FactsAndPeriod.Sample(x =>
        {
            foreach (var r in Municipal(x).Results.Where(r => r.Value.HasData))
            {
                if (r.Kind == IndicatorKind.Mean)
                {
                    r.Value.Number.Should().BeInRange(1m, 10m, r.Id);
                }
                else if (r.Kind == IndicatorKind.Change)
                {
                    r.Value.Number.Should().BeInRange(-9m, 9m, r.Id);
                }
                else if (r.Kind == IndicatorKind.Ratio)
                {
                    r.Numerator.Should().BeGreaterThan(0, "an active programme has at least one mentee");
                    r.Value.Number.Should().BePositive();
                }
            }
        }, iter: 150);
    }

    [Fact]
    public void Compute_Municipality_IsTheSumOfItsOrganisations()
    {
        RandomFacts.FactsAndPeriod.Sample(x =>
        {
            var set = Municipal(x);
            for (var i = 0; i < set.Results.Count; i++)
            {
                var total = set.Results[i];
                var parts = set.Parts.Select(p => p.Results[i]).ToArray();
                total.Numerator.Should().Be(parts.Sum(p => p.Numerator), total.Id);
                total.Denominator.Should().Be(parts.Sum(p => p.Denominator), total.Id);
                total.Counted.Should().Equal(parts.SelectMany(p => p.Counted), total.Id);
                total.Flagged.Should().Equal(parts.SelectMany(p => p.Flagged), total.Id);
            }
        }, iter: 150);
    }

    [Fact]
    public void Compute_MunicipalPart_EqualsTheOrganisationAlone()
    {
        RandomFacts.FactsAndPeriod.Sample(x =>
        {
            var set = Municipal(x);
            foreach (var part in set.Parts)
            {
                var alone = IndicatorCalculator.Compute(x.Facts, part.Scope, x.Period);
                alone.Results.Select(r => (r.Id, r.Numerator, r.Denominator, r.Counted.Count)).Should()
                    .Equal(part.Results.Select(r => (r.Id, r.Numerator, r.Denominator, r.Counted.Count)));
            }
        }, iter: 100);
    }

    [Fact]
    public void Compute_MenteesCountedOnTheLastDayOrInThePeriod_WereInAProgrammeOnTheirOwnDays()
    {
        RandomFacts.FactsAndPeriod.Sample(x =>
        {
            foreach (var part in Municipal(x).Parts)
            {
                var org = part.Scope.Organizations[0];
                var programmes = x.Facts.Programmes.Where(p => p.OrganizationId == org).ToArray();
                foreach (var mentee in part.Get(IndicatorCode.K9).Counted)
                {
                    programmes.Should().Contain(p => p.IsMenteeOn(Mentorship.Domain.People.EducatorId.From(mentee), x.Period.End), mentee);
                }

                foreach (var mentee in part.Get(IndicatorCode.K11).Counted)
                {
                    programmes.Should().Contain(p => p.WasMenteeDuring(Mentorship.Domain.People.EducatorId.From(mentee), x.Period), mentee);
                }
            }
        }, iter: 150);
    }

    [Fact]
    public void Compute_EmptyDenominator_IsNoDataAndOnlyThen()
    {
        RandomFacts.FactsAndPeriod.Sample(x =>
        {
            foreach (var r in Municipal(x).Parts.SelectMany(p => p.Results))
            {
                r.Value.HasData.Should().Be(r.Denominator != 0, r.Id);
                if (r.Target is not null)
                {
                    (r.TargetStatus == TargetStatus.NotAssessed).Should().Be(r.Denominator == 0, r.Id);
                }
            }
        }, iter: 150);
    }

    [Fact]
    public void Compute_K13AndK14_CountAmongK9sActiveMentors_AndTheMunicipalCensusSumsTheNewCounts()
    {
        RandomFacts.FactsAndPeriod.Sample(x =>
        {
            var set = Municipal(x);
            foreach (var part in set.Parts.Append(set))
            {
                var k9 = part.Get(IndicatorCode.K9);
                part.Get(IndicatorCode.K13).Denominator.Should().Be(k9.Denominator);
                part.Get(IndicatorCode.K14).Denominator.Should().Be(k9.Denominator);
            }

            var report = Mentorship.Domain.Monitoring.Reports.AnalyticalReport.Build(
                x.Facts, "Район", RandomFacts.Orgs.Select(o => new Mentorship.Domain.People.Organization(o, o.Value, o.Value, Mentorship.Domain.People.OrganizationKind.School, "Район")), x.Period);
            var parts = report.Organizations.Select(o => o.Census).ToArray();
            var sum = report.Census;
            (sum.FixedByOrder.Pairs, sum.FixedByOrder.Groups, sum.MentorsTrained, sum.MonthlyPayTotal).Should().Be((
                parts.Sum(c => c.FixedByOrder.Pairs), parts.Sum(c => c.FixedByOrder.Groups), parts.Sum(c => c.MentorsTrained), parts.Sum(c => c.MonthlyPayTotal)));
            sum.FixedByOrder.ByParticipants.Sum(f => f.Pairs + f.Groups).Should().Be(sum.FixedByOrder.Pairs + sum.FixedByOrder.Groups);
            sum.FixedByOrder.ByForm.Sum(f => f.Pairs + f.Groups).Should().Be(sum.FixedByOrder.Pairs + sum.FixedByOrder.Groups);
        }, iter: 100);
    }
}
