using Mentorship.Domain.Banks;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.Tests.TestHelpers;
using static Mentorship.Domain.Tests.TestHelpers.FactBuilders;

namespace Mentorship.Domain.Tests.Monitoring.Facts;

public class MonitoringFactsBuilderTests
{
    [Fact]
    public void Add_MenteeBank_GivesEachEntryInForceUntilTheEndOfTheSchoolYear()
    {
        var bank = MenteeBank.Open(Build.Org, Build.Year);
        bank.Admit(Build.Mentee("S1"), Build.InWindow);
        bank.Admit(Build.Mentee("S2"), Build.InWindow);
        bank.WithdrawConsent(E("S2"), D(2026, 6, 1));

        var facts = new MonitoringFactsBuilder().Add(bank).Build();

        var fact = facts.MenteeBank.Should().ContainSingle("the erased person is anonymous and cannot be counted").Subject;
        (fact.Mentee.Value, fact.OrganizationId, fact.Year, fact.From, fact.Through).Should().Be(("S1", Build.Org, 2026, Build.InWindow, D(2027, 8, 31)));
        facts.Organizations.Should().Equal(Build.Org);
    }

    [Fact]
    public void Add_MentorBank_CarriesTheCapacityIntoK9()
    {
        var bank = MentorBank.Open(Build.Org, Build.Year);
        bank.Admit(Build.Mentor("T1", capacity: 1), Build.InWindow);
        var facts = new MonitoringFactsBuilder()
            .Add(bank)
            .Add(new ProgrammeFact("P1", Build.Org, Mentorship.Domain.People.MentorshipForm.Individual, E("T1"), [E("M1")], D(2026, 9, 1), D(2027, 5, 31)))
            .Add(new ProgrammeFact("P2", Build.Org, Mentorship.Domain.People.MentorshipForm.Individual, E("T1"), [E("M2")], D(2026, 9, 1), D(2027, 5, 31)))
            .Build();

        var k9 = IndicatorCalculator.Compute(facts, MonitoringScope.ForOrganization(Build.Org), Year2026).Get(IndicatorCode.K9);

        facts.MentorBank.Single().Capacity.Should().Be(1);
        k9.Flagged.Should().Equal("T1");
    }

    [Fact]
    public void AddStaff_Educator_BecomesAnEmploymentWithTheYoungTeacherDay()
    {
        var educator = Build.Educator("Y1", D(2000, 3, 1), D(2025, 9, 1));

        var facts = new MonitoringFactsBuilder().AddStaff(educator, D(2025, 9, 1)).Build();

        facts.Educators.Single().YoungTeacherThrough.Should().Be(D(2028, 8, 31), "the day before the third anniversary of teaching");
    }

    [Fact]
    public void Build_RepeatedProgrammeOrResponseOrForeignResponse_Throws()
    {
        var p = Pair("P1", "T1", "M1", D(2026, 9, 1));
        var r = Response("R1", p, "M1", RespondentRole.Mentee, SurveyWave.Entry, D(2026, 9, 5), ("x", 5));

        new MonitoringFactsBuilder().Add(p).Add(p).Invoking(b => b.Build()).Should().Throw<ArgumentException>();
        new MonitoringFactsBuilder().Add(p).Add(r).Add(r).Invoking(b => b.Build()).Should().Throw<ArgumentException>();
        new MonitoringFactsBuilder().Add(r).Invoking(b => b.Build()).Should().Throw<ArgumentException>("its programme is missing");
    }

    [Fact]
    public void Build_RepeatedRoadmapItemOfOneOrganisation_Throws()
    {
        var item = new RoadmapItemFact(OrgA, "3.1", "w1", "Справка", D(2026, 5, 1), D(2026, 12, 31));

        new MonitoringFactsBuilder().Add(item).Add(item).Invoking(b => b.Build()).Should().Throw<ArgumentException>();
        new MonitoringFactsBuilder().Add(item).Add(new RoadmapItemFact(OrgB, "3.1", "w1", "Справка", D(2026, 5, 1), D(2026, 12, 31)))
            .Invoking(b => b.Build()).Should().NotThrow();
    }
}
