using Mentorship.Domain.Banks;
using Mentorship.Domain.Matching;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Events;
using Mentorship.Domain.Pairing.Support;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Pairing;

/// <summary>A mentor from another organisation in the virtual (remote) form.</summary>
public class ExternalMentorTests
{
    internal static readonly OrganizationId School5 = OrganizationId.From("school-5");

    internal static PairProposal Virtual(string mentor, string mentee, OrganizationId? organization = null) =>
        new(Id(mentor), [Id(mentee)], MentorshipForm.Virtual, SchoolYear, MentorOrganizationId: organization);

    [Fact]
    public void RegisterExternalMentor_SetsTheOrganisationAndTheExplicitCapacity()
    {
        var register = Register();

        register.RegisterExternalMentor(Id("X1"), School5, 1, ProposedOn).IsAccepted.Should().BeTrue();

        register.ExternalOrganizationOf(Id("X1")).Should().Be(School5);
        register.CapacityOf(Id("X1")).Should().Be(1);
        register.DequeueEvents().Should().ContainSingle().Which.Should().Be(new ExternalMentorRegistered(ProposedOn, Build.Org, Build.Year, Id("X1"), School5, 1));
    }

    [Fact]
    public void RegisterExternalMentor_RegistersOwnOrganisation_IsRefused()
    {
        var register = Register();

        var result = register.RegisterExternalMentor(Id("X1"), Build.Org, 1, ProposedOn);

        result.Rejection.Has(ExternalMentorRule.SameOrganization).Should().BeTrue();
        register.ExternalMentors.Should().BeEmpty();
    }

    [Fact]
    public void RegisterExternalMentor_PersonLeadsAUnitAsOwnMentor_IsRefused()
    {
        var register = Register();
        Propose(register, "T01", "S01");

        register.RegisterExternalMentor(Id("T01"), School5, 2, ProposedOn).Rejection.Has(ExternalMentorRule.AlreadyOwnMentor).Should().BeTrue();
    }

    [Fact]
    public void Propose_RegisteredExternalMentorInVirtualForm_RecordsTheOrganisationAndUsesTheStatedCapacity()
    {
        var register = Register();
        register.RegisterExternalMentor(Id("X1"), School5, 1, ProposedOn);

        var unit = register.Propose(Virtual("X1", "S01", School5), ProposedOn).Unit;
        var second = register.Propose(Virtual("X1", "S02"), ProposedOn);

        unit.MentorOrganizationId.Should().Be(School5);
        unit.ExternalMentors.Should().Equal(new Dictionary<EducatorId, OrganizationId> { [Id("X1")] = School5 });
        second.Rejection.Has(MentorLoadRule.OverCapacity).Should().BeTrue("the external mentor offered one place");
    }

    [Fact]
    public void Propose_ExternalMentorInIndividualForm_IsRefused()
    {
        var register = Register();
        register.RegisterExternalMentor(Id("X1"), School5, 2, ProposedOn);

        var outcome = register.Propose(PairProposal.Pair(Id("X1"), Id("S01"), SchoolYear), ProposedOn);

        outcome.Rejection.Violations.Should().ContainSingle().Which.Code.Should().Be(ExternalMentorRule.FormNotVirtual);
    }

    [Fact]
    public void Propose_StatedOrganisationNotRegistered_IsRefusedForWantOfACapacity()
    {
        var register = Register();

        var outcome = register.Propose(Virtual("X1", "S01", School5), ProposedOn);

        outcome.Rejection.Violations.Should().ContainSingle().Which.Code.Should().Be(ExternalMentorRule.NotRegistered);
        register.Units.Should().BeEmpty();
    }

    [Fact]
    public void Propose_OwnMentorInVirtualForm_IsAnOrdinaryUnit()
    {
        var register = Register();

        var unit = register.Propose(Virtual("T01", "S01", Build.Org), ProposedOn).Unit;

        unit.MentorOrganizationId.Should().BeNull();
        unit.ExternalMentors.Should().BeEmpty();
    }

    [Fact]
    public void ReplaceMentor_ByExternalMentor_OnlyInTheVirtualForm()
    {
        var register = Register();
        register.RegisterExternalMentor(Id("X1"), School5, 2, ProposedOn);
        var pair = Running(register, "T01", "S01");
        var remote = register.Propose(Virtual("T02", "S02"), ProposedOn).Unit;
        Consent(register, remote);
        Fix(register, remote);
        register.Activate(remote.Id, Start);
        var notice = new LocalDate(2026, 11, 9);
        var effective = new LocalDate(2026, 11, 16);

        var refused = register.ReplaceMentor(pair.Id, Replacement(register, "X1", notice, effective));
        var request = Replacement(register, "X1", notice, effective);
        var accepted = register.ReplaceMentor(remote.Id, request with { NewMentorAgreement = Agreement(new DateInterval(effective, SchoolYear.End), MentorshipForm.Virtual, notice) });

        refused.Rejection.Has(ExternalMentorRule.FormNotVirtual).Should().BeTrue();
        accepted.IsAccepted.Should().BeTrue(accepted.IsAccepted ? string.Empty : accepted.Rejection.ToString());
        remote.MentorOrganizationId.Should().Be(School5);
        remote.ExternalMentors.Keys.Should().Equal(Id("X1"));
    }

    [Fact]
    public void FromSnapshot_ExternalMentors_RoundTripThroughJson()
    {
        var register = Register();
        register.RegisterExternalMentor(Id("X1"), School5, 1, ProposedOn);
        register.Propose(Virtual("X1", "S01"), ProposedOn);

        var json = Json.Write(register.ToSnapshot());
        var restored = PairingRegister.FromSnapshot(Json.RoundTrip(register.ToSnapshot()), register.Calendar);

        Json.Write(restored.ToSnapshot()).Should().Be(json);
        restored.ExternalOrganizationOf(Id("X1")).Should().Be(School5);
        restored.Units.Single().MentorOrganizationId.Should().Be(School5);
    }

    [Fact]
    public void FromSnapshot_ExternalMentorOfAnIndividualUnit_Throws()
    {
        var register = Register();
        register.RegisterExternalMentor(Id("X1"), School5, 1, ProposedOn);
        register.Propose(Virtual("X1", "S01"), ProposedOn);
        var snapshot = register.ToSnapshot();
        var broken = snapshot with { Units = [snapshot.Units[0] with { Form = MentorshipForm.Individual }] };

        var act = () => PairingRegister.FromSnapshot(broken, register.Calendar);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void WithdrawPersonalDataConsent_ExternalMentor_KeepsTheOrganisationUnderThePseudonym()
    {
        var register = Register();
        register.RegisterExternalMentor(Id("X1"), School5, 1, ProposedOn);
        var unit = register.Propose(Virtual("X1", "S01"), ProposedOn).Unit;

        register.WithdrawPersonalDataConsent(Id("X1"), ProposedOn.PlusDays(1), Withdrawal(register, ProposedOn.PlusDays(1))).IsAccepted.Should().BeTrue();

        register.ExternalMentors.Should().BeEmpty();
        unit.ExternalMentors.Single().Value.Should().Be(School5);
        Json.Write(register.ToSnapshot()).Should().NotContain("\"X1\"");
    }

    [Fact]
    public void FromMatching_MentorOfAnotherOrganisation_GivesAVirtualPairStatingIt()
    {
        var mentee = new MatchingMentee(Id("S01"), Build.Org, Build.Topics("adaptation"));
        var mentor = new MatchingMentor(Id("X1"), School5, [new KeyValuePair<TopicCode, int>(TopicCode.From("adaptation"), 3)], 1);
        var result = new MatchingProblem([mentee], [mentor], MatchingPolicy.Default.WithNetwork(true)).Solve();

        var proposal = PairProposal.FromMatching(result, SchoolYear).Single();

        (proposal.Form, proposal.MentorOrganizationId).Should().Be((MentorshipForm.Virtual, (OrganizationId?)School5));
    }

    [Fact]
    public void ContinuedSearch_ExternalMentorOffersPlacesOnlyOnceRegistered()
    {
        var mentees = MenteeBank.Open(Build.Org, Build.Year);
        mentees.Admit(Build.Mentee("S1", "adaptation"), Build.InWindow).IsAccepted.Should().BeTrue();
        var network = MatchingPolicy.Default.WithNetwork(true);
        var problem = new MatchingProblem(
            MatchingProblem.FromBanks(mentees, MentorBank.Open(Build.Org, Build.Year)).Mentees,
            [new MatchingMentor(Id("X1"), School5, [new KeyValuePair<TopicCode, int>(TopicCode.From("adaptation"), 3)], 2)],
            network);
        var register = Register();

        var before = ContinuedSearch.Propose(register, problem, SchoolYear);
        register.RegisterExternalMentor(Id("X1"), School5, 1, ProposedOn);
        ContinuedSearch.IsTrigger(register.DequeueEvents().Single()).Should().BeTrue();
        var after = ContinuedSearch.Propose(register, problem, SchoolYear);

        before.Proposals.Should().BeEmpty();
        var proposal = after.Proposals.Should().ContainSingle().Subject;
        proposal.Form.Should().Be(MentorshipForm.Virtual);
        register.Propose(proposal, ProposedOn).IsProposed.Should().BeTrue();
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("cdt", null, null)]
    [InlineData("school-5", "school-5", null)]
    [InlineData("school-5", null, ExternalMentorRule.NotRegistered)]
    [InlineData("school-7", "school-5", ExternalMentorRule.OrganizationDiffers)]
    [InlineData("cdt", "school-5", ExternalMentorRule.OrganizationDiffers)]
    public void CheckStated_OrganisationStatedAgainstRegistered_GivesTheCode(string? stated, string? registered, string? code)
    {
        var violation = ExternalMentorRule.CheckStated(
            Id("X1"), stated is null ? null : OrganizationId.From(stated), registered is null ? null : OrganizationId.From(registered), Build.Org);

        violation?.Code.Should().Be(code);
        (violation is null).Should().Be(code is null);
    }

    [Fact]
    public void CheckForm_VirtualOrOther_OnlyVirtualPasses()
    {
        ExternalMentorRule.CheckForm(MentorshipForm.Virtual, Id("X1")).Should().BeNull();
        ExternalMentorRule.CheckForm(MentorshipForm.Group, Id("X1"))!.Code.Should().Be(ExternalMentorRule.FormNotVirtual);
    }
}
