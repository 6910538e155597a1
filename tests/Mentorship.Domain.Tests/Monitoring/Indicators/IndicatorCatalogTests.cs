using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.Questionnaires;

namespace Mentorship.Domain.Tests.Monitoring.Indicators;

/// <summary>The registration of the indicator rules: every code once, in order, each rule's definition its own.</summary>
public class IndicatorCatalogTests
{
    [Fact]
    public void Indicators_RegisterEveryCodeOnceInCodeOrder()
    {
        IndicatorCatalog.Indicators.Select(i => i.Definition.Code).Should().Equal(Enum.GetValues<IndicatorCode>());
        IndicatorCatalog.All.Should().Equal(IndicatorCatalog.Indicators.Select(i => i.Definition));
    }

    [Fact]
    public void Indicators_AreNamedRulesWithTheirOwnDefinitions()
    {
        IndicatorCatalog.Indicators.Select(i => i.GetType().Name).Should().Equal(
            "YoungTeacherCoverage", "MenteeBankCoverage", "SuccessfulCompletion", "PlanExecution", "EarlyTerminations", "Satisfaction",
            "ScoreChange", "Retention", "MentorLoad", "StaffInvolvement", "MenteeGrowth", "RoadmapExecution", "MentorPay", "MentorTraining");
        IndicatorCatalog.Describe(IndicatorCode.K9).Should().BeSameAs(IndicatorCatalog.Indicators[8].Definition);
        IndicatorCatalog.Describe(IndicatorCode.K9).Kind.Should().Be(IndicatorKind.Ratio);
        IndicatorCatalog.Describe(IndicatorCode.K7).Kind.Should().Be(IndicatorKind.Change);
        IndicatorCatalog.Describe(IndicatorCode.K6).Kind.Should().Be(IndicatorKind.Mean);
        IndicatorCatalog.All.Where(d => d.Kind == IndicatorKind.Share).Select(d => d.Code).Should().Equal(
            IndicatorCode.K1, IndicatorCode.K2, IndicatorCode.K3, IndicatorCode.K4, IndicatorCode.K5, IndicatorCode.K8, IndicatorCode.K10, IndicatorCode.K11, IndicatorCode.K12, IndicatorCode.K13, IndicatorCode.K14);
        IndicatorCatalog.All.Should().OnlyContain(d => d.Title.Length > 0 && d.Formula.Length > 0);
    }

    [Fact]
    public void Roles_PerRoleIndicatorsGiveOneResultPerRoleInRoleOrder()
    {
        foreach (var indicator in IndicatorCatalog.Indicators)
        {
            if (indicator.Definition.PerRole)
            {
                indicator.Roles.Should().Equal(RespondentRole.Mentee, RespondentRole.Mentor, RespondentRole.Coordinator);
            }
            else
            {
                indicator.Roles.Should().Equal((RespondentRole?)null);
            }
        }

        IndicatorCatalog.Indicators.Where(i => i.Definition.PerRole).Select(i => i.Definition.Code).Should().Equal(IndicatorCode.K6, IndicatorCode.K7);
    }

    [Fact]
    public void Describe_UnknownCode_Throws() =>
        FluentActions.Invoking(() => IndicatorCatalog.Describe((IndicatorCode)99)).Should().Throw<ArgumentException>();
}
