using Mentorship.Domain.Banks;
using Mentorship.Domain.Banks.Events;
using Mentorship.Domain.Matching;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Events;
using Mentorship.Domain.Pairing.Support;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Pairing.Support;

public class ContinuedSearchTests
{
    private static (MenteeBank Mentees, MentorBank Mentors) Banks(int t1Capacity = 1)
    {
        var mentees = MenteeBank.Open(Build.Org, Build.Year);
        foreach (var (id, topic) in new[] { ("S1", "adaptation"), ("S2", "adaptation"), ("S3", "digital"), ("S4", "adaptation"), ("S5", "adaptation"), ("S6", "adaptation") })
        {
            mentees.Admit(Build.Mentee(id, topic), Build.InWindow).IsAccepted.Should().BeTrue();
        }

        var mentors = MentorBank.Open(Build.Org, Build.Year);
        mentors.Admit(Build.Mentor("T1", t1Capacity, ("adaptation", 3)), Build.InWindow).IsAccepted.Should().BeTrue();
        mentors.Admit(Build.Mentor("T2", 1, ("digital", 3)), Build.InWindow).IsAccepted.Should().BeTrue();
        return (mentees, mentors);
    }

    [Fact]
    public void Propose_KeepsTheRegistersPairsAndProposesForTheRest()
    {
        var (mentees, mentors) = Banks();
        var register = Register();
        register.SetMentorCapacities(mentors, ProposedOn);
        Running(register, "T1", "S1");

        var search = ContinuedSearch.Propose(register, MatchingProblem.FromBanks(mentees, mentors), SchoolYear);

        search.Proposals.Select(p => (p.Mentor.Value, p.Mentees.Single().Value)).Should().Equal(("T2", "S3"));
        search.Result.KeptPairs.Select(p => (p.Mentor.Value, p.Mentee.Value)).Should().Equal(("T1", "S1"));
        search.Result.Unmatched.Should().OnlyContain(u => u.Reason == UnmatchedReason.AllCapableMentorsFull);
        search.Proposals.Should().OnlyContain(p => p.Source == ProposalSource.Matching && p.Period.Equals(SchoolYear));
    }

    [Fact]
    public void Propose_AfterAPlaceIsFreed_ProposesTheWaitingMentee()
    {
        var (mentees, mentors) = Banks();
        var register = Register();
        register.SetMentorCapacities(mentors, ProposedOn);
        var unit = Running(register, "T1", "S1");
        register.DequeueEvents();
        register.TerminateEarly(unit.Id, Termination(register, new LocalDate(2026, 11, 16), new LocalDate(2026, 11, 20)));
        var freed = register.DequeueEvents().OfType<MentorPlaceFreed>().Single();
        ContinuedSearch.IsTrigger(freed).Should().BeTrue();

        var rest = new DateInterval(freed.Date, SchoolYear.End);
        var search = ContinuedSearch.Propose(register, MatchingProblem.FromBanks(mentees, mentors), rest);

        search.Proposals.Should().Contain(p => p.Mentor.Value == "T1");
        var proposal = search.Proposals.First(p => p.Mentor.Value == "T1");
        register.Propose(proposal, freed.Date).IsProposed.Should().BeTrue();
    }

    [Fact]
    public void Propose_GroupTakesOnePlaceWhateverItsSize()
    {
        var (mentees, mentors) = Banks(t1Capacity: 2);
        var register = Register();
        register.SetMentorCapacities(mentors, ProposedOn);
        Running(register, "T1", "S4", "S5", "S6");

        var search = ContinuedSearch.Propose(register, MatchingProblem.FromBanks(mentees, mentors), SchoolYear);

        search.Proposals.Count(p => p.Mentor.Value == "T1").Should().Be(1);
        search.Result.KeptPairs.Should().HaveCount(3);
        foreach (var p in search.Proposals)
        {
            register.Propose(p, ProposedOn).IsProposed.Should().BeTrue();
        }
    }

    [Fact]
    public void Propose_MenteeWithAMentorOutsideTheProblem_IsLeftAlone()
    {
        var (mentees, mentors) = Banks();
        var register = Register();
        Running(register, "T9", "S2");

        var search = ContinuedSearch.Propose(register, MatchingProblem.FromBanks(mentees, mentors), SchoolYear);

        search.Proposals.SelectMany(p => p.Mentees).Should().NotContain(Id("S2"));
        search.Result.Unmatched.Select(u => u.Mentee).Should().NotContain(Id("S2"));
    }

    [Fact]
    public void UnpairedOn_ListsTheMenteesWithoutAUnitThatDay()
    {
        var register = Register();
        var unit = Running(register, "T1", "S1");
        register.TerminateEarly(unit.Id, Termination(register, new LocalDate(2026, 11, 16), new LocalDate(2026, 11, 20)));

        ContinuedSearch.UnpairedOn(register, [Id("S2"), Id("S1")], new LocalDate(2026, 11, 20)).Should().Equal(Id("S2"));
        ContinuedSearch.UnpairedOn(register, [Id("S2"), Id("S1")], new LocalDate(2026, 11, 23)).Should().Equal(Id("S1"), Id("S2"));
    }

    [Fact]
    public void IsTrigger_NewMentorAndCapacity_AreTriggers_OtherEventsAreNot()
    {
        var date = Build.InWindow;
        ContinuedSearch.IsTrigger(new PersonAdmitted(date, Build.Org, Build.Year, BankKind.Mentor, Id("T3"), false)).Should().BeTrue();
        ContinuedSearch.IsTrigger(new PersonAdmitted(date, Build.Org, Build.Year, BankKind.Mentee, Id("S9"), false)).Should().BeFalse();
        ContinuedSearch.IsTrigger(new MentorCapacityChanged(date, Build.Org, Build.Year, BankKind.Mentor, Id("T1"), 3)).Should().BeTrue();
        ContinuedSearch.IsTrigger(new UnitActivated(date, Build.Org, Build.Year, MentoringUnitId.From("2026-001"))).Should().BeFalse();
    }

    [Theory]
    [InlineData(UnmatchedReason.NoMentorCoversRequests, UnpairedCause.NoMentorCoversRequests)]
    [InlineData(UnmatchedReason.NoEligibleMentor, UnpairedCause.NoEligibleMentor)]
    [InlineData(UnmatchedReason.AllCapableMentorsFull, UnpairedCause.AllCapableMentorsFull)]
    public void CauseOf_MatcherReason_MapsToTheCause(UnmatchedReason reason, UnpairedCause cause) =>
        ContinuedSearch.CauseOf(reason).Should().Be(cause);
}
