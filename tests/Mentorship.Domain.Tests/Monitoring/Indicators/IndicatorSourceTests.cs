using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Tests.Monitoring.Indicators;

public class IndicatorSourceTests
{
    [Fact]
    public void Definitions_EachCarryASourceDirectionAndStage()
    {
        var all = IndicatorCatalog.All;

        all.Should().OnlyContain(d => d.Source.Citation.Length > 20 && Enum.IsDefined(d.Direction) && Enum.IsDefined(d.Stage));
        all.Where(d => d.Direction == IndicatorDirection.LowerIsBetter).Select(d => d.Code).Should().Equal(IndicatorCode.K5);
        all.Where(d => d.Direction == IndicatorDirection.AgainstNorm).Select(d => d.Code).Should().Equal(IndicatorCode.K9);
        all.Where(d => d.Stage == IndicatorStage.Effect).Select(d => d.Code)
            .Should().Equal(IndicatorCode.K3, IndicatorCode.K6, IndicatorCode.K7, IndicatorCode.K8, IndicatorCode.K11);
        all.Where(d => d.Source.Kind == IndicatorSourceKind.FederalRecommendations).Select(d => d.Code).Should().Equal(IndicatorCode.K6, IndicatorCode.K7);
        all.Where(d => d.Source.Kind == IndicatorSourceKind.Library && d.Source.Note != null).Select(d => d.Code)
            .Should().Equal([IndicatorCode.K13, IndicatorCode.K14], "only the two indicators of the regional forms say what they answer");
    }

    [Fact]
    public void K1_IsSourcedToTheNationalProject_InItsOwnWords_AndSaysWhereItIsNarrower()
    {
        var k1 = IndicatorCatalog.Describe(IndicatorCode.K1);

        k1.Source.Kind.Should().Be(IndicatorSourceKind.NationalProject);
        k1.Source.Citation.Should().Contain("«Образование»").And.Contain("до 35 лет").And.Contain("различные формы поддержки и сопровождения в первые три года работы");
        k1.Source.Note.Should().Contain("уже").And.Contain("без опыта");
        MonitoringPolicy.Default.TargetOf(IndicatorCode.K1)!.Source.Should().Be(k1.Source.Citation);
        MonitoringPolicy.Default.TargetOf(IndicatorCode.K1)!.Threshold.Should().Be(70m);
    }

    [Fact]
    public void Target_WithSource_KeepsTheThresholdAndRefusesABlankSource()
    {
        var target = IndicatorTarget.AtMost(10m).WithSource("  приказ департамента № 5  ");

        (target.Comparison, target.Threshold, target.Source).Should().Be((TargetComparison.AtMost, 10m, "приказ департамента № 5"));
        IndicatorTarget.AtLeast(5m).Source.Should().BeNull();
        FluentActions.Invoking(() => target.WithSource(" ")).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Policy_NewPostBranch_IsOnByDefault_AndSurvivesOtherChanges()
    {
        MonitoringPolicy.Default.CountsNewPostWithoutExperience.Should().BeTrue();
        var off = MonitoringPolicy.Default.WithNewPostWithoutExperience(false);

        off.CountsNewPostWithoutExperience.Should().BeFalse();
        off.WithDefaultMentorCapacity(3).WithRetentionMonths(6).WithoutTarget(IndicatorCode.K1).WithTarget(IndicatorCode.K2, IndicatorTarget.AtLeast(50m))
            .CountsNewPostWithoutExperience.Should().BeFalse();
    }

    [Fact]
    public void EducatorFact_FromAnEducatorAppointedWithoutExperience_CarriesTheNewPostDays()
    {
        var org = OrganizationId.From("org-a");
        var appointed = new Educator(
            EducatorId.From("E1"), org, new PersonalData("Иванова Анна", new LocalDate(1980, 1, 1)), "методист",
            new LocalDate(2005, 9, 1), QualificationCategory.First, ["math"], new PostAppointment(new LocalDate(2025, 9, 1), true));

        var fact = EducatorFact.From(appointed, new LocalDate(2005, 9, 1));

        (fact.NewPostWithoutExperience!.Start, fact.NewPostWithoutExperience.End).Should().Be((new LocalDate(2025, 9, 1), new LocalDate(2028, 8, 31)));
        fact.IsYoungTeacherOn(new LocalDate(2026, 5, 31), countingNewPost: true).Should().BeTrue();
        fact.IsYoungTeacherOn(new LocalDate(2026, 5, 31), countingNewPost: false).Should().BeFalse("46 years old with 20 years of teaching");
        fact.IsYoungTeacherOn(new LocalDate(2028, 9, 1), countingNewPost: true).Should().BeFalse("the third anniversary no longer counts");
        fact.IsYoungTeacherOn(new LocalDate(2025, 8, 31), countingNewPost: true).Should().BeFalse("not yet appointed");
    }
}
