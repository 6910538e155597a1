using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.Monitoring.Indicators;
using Mentorship.Domain.Monitoring.Reports;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Tests.Pairing;
using Mentorship.Domain.Tests.TestHelpers;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Monitoring;

/// <summary>How monitoring counts a mentor from another organisation (virtual form) read from the register.</summary>
public class ExternalMentorMonitoringTests
{
    private static PairingRegister RegisterWithOneOwnAndOneExternalPair()
    {
        var register = Register();
        Running(register, "T01", "S01");
        register.RegisterExternalMentor(Id("X1"), ExternalMentorTests.School5, 1, ProposedOn).IsAccepted.Should().BeTrue();
        var remote = register.Propose(ExternalMentorTests.Virtual("X1", "S02"), ProposedOn).Unit;
        register.RecordMentorAgreement(remote.Id, Agreement(form: Mentorship.Domain.People.MentorshipForm.Virtual));
        register.RecordMenteeConsent(remote.Id, Id("S02"), MenteeConsent());
        Fix(register, remote);
        register.Activate(remote.Id, Start).IsAccepted.Should().BeTrue();
        return register;
    }

    [Fact]
    public void From_UnitWithExternalMentor_MarksTheMentorExternal()
    {
        var facts = new MonitoringFactsBuilder().Add(RegisterWithOneOwnAndOneExternalPair()).Build();

        facts.Programmes.Single(p => p.Mentor.Value == "X1").ExternalMentors.Select(m => m.Value).Should().Equal("X1");
        facts.Programmes.Single(p => p.Mentor.Value == "T01").ExternalMentors.Should().BeEmpty();
    }

    [Fact]
    public void K9_ExternalMentorAndTheirMentee_AreLeftOutOfTheOrganisationsLoad()
    {
        var facts = new MonitoringFactsBuilder().Add(RegisterWithOneOwnAndOneExternalPair()).Build();

        var k9 = IndicatorCalculator.Compute(facts, MonitoringScope.ForOrganization(Build.Org), SchoolYear).Get(IndicatorCode.K9);

        (k9.Numerator, k9.Denominator).Should().Be((1L, 1L));
    }

    [Fact]
    public void Census_ExternalMentor_IsNotCountedAsTheOrganisationsMentorButTheirMenteeIs()
    {
        var facts = new MonitoringFactsBuilder().Add(RegisterWithOneOwnAndOneExternalPair()).Build();
        var school = new Mentorship.Domain.People.Organization(Build.Org, "ЦДТ", "Центр детского творчества", Mentorship.Domain.People.OrganizationKind.AdditionalEducation);

        var census = MonitoringReport.Build(facts, school, SchoolYear).Census;

        (census.Pairs, census.Mentors, census.Mentees).Should().Be((2, 1, 2));
    }
}
