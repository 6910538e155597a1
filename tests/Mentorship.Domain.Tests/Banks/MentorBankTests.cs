using Mentorship.Domain.Banks;
using Mentorship.Domain.Banks.Events;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;

namespace Mentorship.Domain.Tests.Banks;

public class MentorBankTests
{
    private static MentorBank NewBank(MentorPolicy? policy = null) => MentorBank.Open(Build.Org, Build.Year, policy);

    [Fact]
    public void Admit_NoCapacityGiven_TakesPolicyDefault()
    {
        var bank = NewBank(new MentorPolicy(defaultCapacity: 3));
        var entry = bank.Admit(Build.Mentor("T1"), Build.InWindow).Value;
        entry.Capacity.Should().Be(3);
        entry.Competencies.LevelOf(TopicCode.From("adaptation")).Should().Be(CompetencyLevel.Expert);
        entry.Training.IsTrained.Should().BeFalse();
    }

    [Fact]
    public void Admit_BadCapacityAndLevelAndExperience_ReportsAll()
    {
        var bank = NewBank(new MentorPolicy(minimumTeachingYears: 50));
        var outcome = bank.Admit(Build.Mentor("T1", 0, ("digital", 4)), Build.InWindow);
        outcome.Rejection.Violations.Select(v => v.Code).Should().Equal(
            MentorExperienceRule.Insufficient, MentorCapacityRule.BelowOne, CompetencyRule.LevelOutOfRange);
        bank.Count.Should().Be(0);
    }

    [Fact]
    public void SamePerson_MayBeInBothBanks()
    {
        var mentees = MenteeBank.Open(Build.Org, Build.Year);
        var mentors = NewBank();
        mentees.Admit(Build.Mentee("T7", "class-teacher"), Build.InWindow).IsAccepted.Should().BeTrue();
        mentors.Admit(Build.Mentor("T7", 1, ("digital", 2)), Build.InWindow).IsAccepted.Should().BeTrue();
    }

    [Fact]
    public void ChangeCapacity_BelowOne_IsRefused()
    {
        var bank = NewBank();
        bank.Admit(Build.Mentor("T1"), Build.InWindow);
        bank.ChangeCapacity(EducatorId.From("T1"), 0, Build.InWindow).Rejection.Has(MentorCapacityRule.BelowOne).Should().BeTrue();
        bank.ChangeCapacity(EducatorId.From("T1"), 3, Build.InWindow).IsAccepted.Should().BeTrue();
        bank[EducatorId.From("T1")].Capacity.Should().Be(3);
    }

    [Fact]
    public void ChangeCompetencies_ReplacesProfile()
    {
        var bank = NewBank();
        bank.Admit(Build.Mentor("T1"), Build.InWindow);
        bank.ChangeCompetencies(EducatorId.From("T1"), [new CompetencyClaim(TopicCode.From("gifted"), 2)], Build.InWindow).IsAccepted.Should().BeTrue();
        bank[EducatorId.From("T1")].Competencies.Covers(TopicCode.From("adaptation")).Should().BeFalse();
        bank.ChangeCompetencies(EducatorId.From("T1"), [], Build.InWindow).Rejection.Has(CompetencyRule.Empty).Should().BeTrue();
    }

    [Fact]
    public void RecordTraining_And_MentoringConsent_AreKept()
    {
        var bank = NewBank();
        bank.Admit(Build.Mentor("T1"), Build.InWindow);
        bank.RecordTraining(EducatorId.From("T1"), new TrainingSession(new LocalDate(2026, 6, 10), "семинар наставников", 4));
        bank.RecordTraining(EducatorId.From("T1"), new TrainingSession(new LocalDate(2026, 5, 10), "консультация", 2));
        bank.RecordMentoringConsent(EducatorId.From("T1"), Build.MentoringConsent()).IsAccepted.Should().BeTrue();

        var entry = bank[EducatorId.From("T1")];
        entry.Training.Sessions.Select(s => s.Title).Should().Equal("консультация", "семинар наставников");
        entry.Training.TotalHours.Should().Be(6);
        entry.MentoringConsent!.AgreementNumber.Should().Be("ДС-12");
        bank.DequeueEvents().Select(e => e.GetType()).Should().Equal(
            typeof(PersonAdmitted), typeof(MentorTrainingRecorded), typeof(MentorTrainingRecorded), typeof(MentoringConsentRecorded));
    }

    [Fact]
    public void WithdrawConsent_KeepsAnonymousCapacityAndTopics()
    {
        var bank = NewBank();
        bank.Admit(Build.Mentor("T1", 2, ("digital", 3), ("parents", 2)), Build.InWindow);
        bank.WithdrawConsent(EducatorId.From("T1"), new LocalDate(2026, 7, 1));
        var former = bank.FormerEntries.Single();
        former.Capacity.Should().Be(2);
        former.Topics.Should().Equal(Build.Topics("digital", "parents"));
        bank.GetStatistics().Kind.Should().Be(BankKind.Mentor);
    }

    [Fact]
    public void ExportPersonalData_IncludesQuestionnaireAndConsent()
    {
        var bank = NewBank();
        bank.Admit(Build.Mentor("T1") with { MentoringConsent = Build.MentoringConsent() }, Build.InWindow);
        var fields = bank.ExportPersonalData(EducatorId.From("T1"))!.Fields.ToDictionary(f => f.Key, f => f.Value);
        fields["Анкета: достижения"].Should().Be("высшая категория");
        fields["Компетенции"].Should().Be("adaptation:3");
        fields.Should().ContainKey("Согласие на наставническую деятельность (ст. 351.8 ТК РФ)");
    }
}
