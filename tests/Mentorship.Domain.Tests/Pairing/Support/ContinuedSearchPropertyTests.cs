using CsCheck;
using Mentorship.Domain.Banks;
using Mentorship.Domain.Matching;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Pairing.Support;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.PairingBuild;

namespace Mentorship.Domain.Tests.Pairing.Support;

public class ContinuedSearchPropertyTests
{
    private static readonly string[] Topics = ["adaptation", "digital", "parents"];

    [Fact]
    public void Propose_Rounds_AlwaysGiveProposalsTheRegisterAccepts()
    {
        var gen = Gen.Select(
            Gen.Select(Gen.Int[1, 3], Gen.Int[1, 7]).Array[1, 4],
            Gen.Int[1, 7].Array[1, 9],
            Gen.Bool,
            Gen.Int[0, 255]);
        gen.Sample((mentorSpecs, menteeSpecs, withGroup, ends) =>
        {
            var mentees = MenteeBank.Open(Build.Org, Build.Year);
            for (var i = 0; i < menteeSpecs.Length; i++)
            {
                mentees.Admit(Build.Mentee($"S{i}", TopicsOf(menteeSpecs[i])), Build.InWindow);
            }

            var mentors = MentorBank.Open(Build.Org, Build.Year);
            for (var j = 0; j < mentorSpecs.Length; j++)
            {
                mentors.Admit(Build.Mentor($"T{j}", mentorSpecs[j].Item1, TopicsOf(mentorSpecs[j].Item2).Select(t => (t, 2)).ToArray()), Build.InWindow);
            }

            var register = Register();
            register.SetMentorCapacities(mentors, ProposedOn).IsAccepted.Should().BeTrue();
            if (withGroup && menteeSpecs.Length >= 3)
            {
                // A group by hand for the first mentor, who then has one place fewer for the matcher.
                register.Propose(PairProposal.Group(Id("T0"), [Id("S0"), Id("S1"), Id("S2")], SchoolYear), ProposedOn);
            }

            var problem = MatchingProblem.FromBanks(mentees, mentors);
            ProposeAll(register, ContinuedSearch.Propose(register, problem, SchoolYear), SchoolYear);

            // End some of the pairs early, then search again for the rest of the year.
            var endsOn = new LocalDate(2026, 12, 4);
            var units = register.Units.ToArray();
            for (var k = 0; k < units.Length; k++)
            {
                if (((ends >> (k % 8)) & 1) == 1 && units[k].Status == MentoringUnitStatus.Proposed)
                {
                    Consent(register, units[k]);
                    Fix(register, units[k]);
                    register.TerminateEarly(units[k].Id, Termination(register, new LocalDate(2026, 11, 30), endsOn)).IsAccepted.Should().BeTrue();
                }
            }

            var rest = new DateInterval(endsOn.PlusDays(1), SchoolYear.End);
            ProposeAll(register, ContinuedSearch.Propose(register, problem, rest), rest);
        });
    }

    private static void ProposeAll(PairingRegister register, RematchProposal search, DateInterval period)
    {
        search.Proposals.SelectMany(p => p.Mentees).Should().OnlyHaveUniqueItems();
        foreach (var proposal in search.Proposals)
        {
            proposal.Mentees.Should().OnlyContain(m => register.UnitOfMenteeOn(m, period.Start) == null);
            var outcome = register.Propose(proposal, ProposedOn);
            outcome.IsProposed.Should().BeTrue(outcome.IsRejected ? outcome.Rejection.ToString() : "the proposal fits the register");
        }

        // Every mentee the matcher left unmatched really has no mentor with a free place covering a request.
        foreach (var unmatched in search.Result.Unmatched.Where(u => u.Reason == UnmatchedReason.AllCapableMentorsFull))
        {
            unmatched.FullMentors.Should().OnlyContain(m => register.FreePlaces(m, period) == 0);
        }
    }

    private static string[] TopicsOf(int mask) => Topics.Where((_, i) => ((mask >> i) & 1) == 1).DefaultIfEmpty(Topics[0]).ToArray();
}
