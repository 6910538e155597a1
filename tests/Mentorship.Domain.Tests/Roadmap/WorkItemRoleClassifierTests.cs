using Mentorship.Domain.Roadmap;

namespace Mentorship.Domain.Tests.Roadmap;

public class WorkItemRoleClassifierTests
{
    [Theory]
    [InlineData("1.1", 1, WorkItemRole.Other)]
    [InlineData("1.1", 4, WorkItemRole.PairingOrder)]
    [InlineData("1.1", 5, WorkItemRole.Programmes)]
    [InlineData("2.1", 1, WorkItemRole.MenteeBank)]
    [InlineData("2.2", 1, WorkItemRole.MentorBank)]
    [InlineData("2.3", 1, WorkItemRole.Other)]
    [InlineData("2.4", 1, WorkItemRole.PairingOrder)]
    [InlineData("2.4", 2, WorkItemRole.Programmes)]
    [InlineData("2.4", 3, WorkItemRole.PairsWork)]
    [InlineData("3.1", 1, WorkItemRole.MonitoringReport)]
    [InlineData("3.2", 1, WorkItemRole.Other)]
    [InlineData("4.1", 1, WorkItemRole.Other)]
    public void Classify_SeedDeliverable_GivesItsRole(string number, int index, WorkItemRole role)
    {
        var activity = SeedRoadmap.Roadmap.FindActivity(number)!;
        WorkItemRoleClassifier.Classify(activity, activity.Deliverables[index - 1]).Should().Be(role);
    }

    [Fact]
    public void Classify_ActivityAlone_UsesTheTitle()
    {
        WorkItemRoleClassifier.Classify(SeedRoadmap.Roadmap.FindActivity("2.4")!, null).Should().Be(WorkItemRole.PairsWork);
    }

    [Fact]
    public void DependencyRule_SameRoleTwice_Throws()
    {
        var act = () => DependencyRule.Create("x", WorkItemRole.PairsWork, WorkItemRole.PairsWork);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Schedule_CustomRules_ReplaceTheStandardOnes()
    {
        var rules = new[] { DependencyRule.Create("report-after-bank", WorkItemRole.MonitoringReport, WorkItemRole.MenteeBank) };
        var schedule = new RoadmapScheduler(rules: rules).Schedule(SeedRoadmap.Roadmap, 2025);
        schedule.Dependencies.Should().ContainSingle().Which.Should().Be(new WorkItemDependency("3.1/1", "2.1/1", "report-after-bank"));
    }
}
