using Mentorship.Domain.Banks;
using Mentorship.Domain.Monitoring.Practices;
using Mentorship.Domain.Monitoring.Questionnaires;
using Mentorship.Domain.Pairing;
using Mentorship.Domain.Tests.Pairing;
using Mentorship.Domain.Tests.Monitoring;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;
using static Mentorship.Domain.Tests.Pairing.PairingBuild;

namespace Mentorship.Domain.Tests.People;

/// <summary>
/// One standard of erasure (152-ФЗ) for every aggregate: after a person withdraws consent, no snapshot holds their
/// identifier or personal data; anonymous counts stay.
/// </summary>
public class ErasureEverywhereTests
{
    private static readonly LocalDate WithdrawnOn = new(2026, 11, 16);

    [Fact]
    public void ErasePerson_MentorWithdraws_NoAggregateSnapshotHoldsTheIdentifierAndCountsStay()
    {
        var mentor = "T01";
        var mentees = MenteeBank.Open(Build.Org, Build.Year);
        mentees.Admit(Build.Mentee("S01"), Build.InWindow).IsAccepted.Should().BeTrue();
        mentees.Admit(Build.Mentee("S02"), Build.InWindow).IsAccepted.Should().BeTrue();
        mentees.ExcludeMentor(Id("S02"), Id(mentor), Build.InWindow).IsAccepted.Should().BeTrue();
        var mentors = MentorBank.Open(Build.Org, Build.Year);
        mentors.Admit(Build.Mentor(mentor), Build.InWindow).IsAccepted.Should().BeTrue();
        var register = Register();
        var unit = Running(register, mentor, "S01");
        var programme = ProgramBuild.Program(unit);
        var fact = FactBuilders.Pair("P1", mentor, "S01", new LocalDate(2025, 9, 1), org: Build.Org);
        var practices = PracticeCollection.Open(Build.Org);
        practices.Propose(new PracticeProposal("c1", "Кейс наставника", PracticeKind.Case, Id(mentor), "Описание"), fact, new LocalDate(2026, 3, 20)).IsAccepted.Should().BeTrue();
        practices.DequeueEvents();
        var response = FactBuilders.Response("R1", fact, mentor, RespondentRole.Mentor, SurveyWave.Final, new LocalDate(2026, 5, 25), ("x", 7));

        // The host applies the withdrawal to every aggregate that can hold the person.
        mentors.ErasePerson(Id(mentor), WithdrawnOn).IsAccepted.Should().BeTrue();
        mentees.ErasePerson(Id(mentor), WithdrawnOn).IsAccepted.Should().BeTrue();
        var withdrawal = register.WithdrawPersonalDataConsent(Id(mentor), WithdrawnOn, new OrderReference("77-од", WithdrawnOn));
        withdrawal.IsAccepted.Should().BeTrue();
        var pseudonym = withdrawal.Value.Pseudonym!.Value;
        practices.ErasePerson(Id(mentor), WithdrawnOn).IsAccepted.Should().BeTrue();
        var anonymous = response.WithRespondentErased(pseudonym);

        var needle = $"\"{mentor}\"";
        var snapshots = new Dictionary<string, string>
        {
            ["mentor bank"] = Json.Write(mentors.ToSnapshot()),
            ["mentee bank"] = Json.Write(mentees.ToSnapshot()),
            ["register"] = Json.Write(register.ToSnapshot()),
            ["programme"] = Json.Write(programme.ToSnapshot()),
            ["practices"] = Json.Write(practices.ToSnapshot()),
        };
        snapshots.Where(s => s.Value.Contains(needle, StringComparison.Ordinal) || s.Value.Contains("Тестовый Педагог T01", StringComparison.Ordinal))
            .Select(s => s.Key).Should().BeEmpty();
        (anonymous.Respondent, anonymous.ScaleAnswerCount, anonymous.ProgrammeId).Should().Be((pseudonym, 1, "P1"));
        anonymous.ToString().Should().NotContain(mentor);

        // Counts stay: the bank's former entry, the practice, the mentee's entry.
        mentors.GetStatistics().ConsentWithdrawn.Should().Be(1);
        practices.Practices.Should().ContainSingle().Which.Author.Should().BeNull();
        var erased = practices.DequeueEvents().Should().ContainSingle().Which.Should().BeOfType<PracticeAuthorErased>().Subject;
        (erased.Date, erased.OrganizationId, erased.PracticeIds.Single()).Should().Be((WithdrawnOn, Build.Org, "c1"));
        mentees[Id("S02")].ExcludedMentors.Should().BeEmpty();
        mentees.Entries.Should().HaveCount(2);
    }

    [Fact]
    public void ErasePerson_AMenteeInTheBank_LeavesItAsByWithdrawal()
    {
        var mentees = MenteeBank.Open(Build.Org, Build.Year);
        mentees.Admit(Build.Mentee("S01"), Build.InWindow);

        mentees.ErasePerson(Id("S01"), WithdrawnOn).IsAccepted.Should().BeTrue();
        mentees.ErasePerson(Id("S09"), WithdrawnOn).IsAccepted.Should().BeTrue("nothing to erase is not an error");

        mentees.Entries.Should().BeEmpty();
        mentees.FormerEntries.Should().ContainSingle().Which.Reason.Should().Be(RemovalReason.ConsentWithdrawn);
    }

    [Fact]
    public void PracticeCollection_ErasedAuthor_SurvivesTheSnapshotWithoutAnAuthor()
    {
        var fact = FactBuilders.Pair("P1", "T1", "M1", new LocalDate(2025, 9, 1), org: Build.Org);
        var practices = PracticeCollection.Open(Build.Org);
        practices.Propose(new PracticeProposal("c1", "Кейс", PracticeKind.Case, Id("M1"), null), fact, new LocalDate(2026, 3, 20));
        practices.ErasePerson(Id("M1"), WithdrawnOn);

        var restored = PracticeCollection.FromSnapshot(Json.RoundTrip(practices.ToSnapshot()));

        restored.Find("c1")!.Author.Should().BeNull();
    }
}
