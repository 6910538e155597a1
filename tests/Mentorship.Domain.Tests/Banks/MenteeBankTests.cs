using Mentorship.Domain.Banks;
using Mentorship.Domain.Banks.Events;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;

namespace Mentorship.Domain.Tests.Banks;

public class MenteeBankTests
{
    private static MenteeBank NewBank() => MenteeBank.Open(Build.Org, Build.Year);

    [Fact]
    public void Admit_ValidApplication_AddsEntryAndRaisesEvent()
    {
        var bank = NewBank();
        var outcome = bank.Admit(Build.Mentee("S1", "parents", "digital"), Build.InWindow);

        outcome.IsAccepted.Should().BeTrue();
        bank.Count.Should().Be(1);
        bank[EducatorId.From("S1")].Requests.KeyRequest.Should().Be(TopicCode.From("parents"));
        bank.DequeueEvents().Should().Equal(new PersonAdmitted(Build.InWindow, Build.Org, 2026, BankKind.Mentee, EducatorId.From("S1"), false));
        bank.PendingEvents.Should().BeEmpty();
    }

    [Fact]
    public void Admit_ReasonYoungSpecialistForSomeoneWhoIsNot_IsRefused()
    {
        var bank = NewBank();
        var threeYears = Build.Educator("S1", new LocalDate(1996, 3, 14), new LocalDate(2022, 9, 1));
        var application = Build.Mentee("S1") with { Educator = threeYears };

        var refused = bank.Admit(application, Build.InWindow);
        var other = bank.Admit(application with { Reasons = [MentoringReason.ProfessionalDifficulties] }, Build.InWindow);

        refused.Rejection.Violations.Should().ContainSingle().Which.Code.Should().Be(MentoringReasonRule.NotYoungSpecialist);
        other.IsAccepted.Should().BeTrue();
    }

    [Fact]
    public void Admit_SeveralRulesBroken_ReportsAllAndChangesNothing()
    {
        var bank = NewBank();
        var application = Build.Mentee("S1") with { Consent = null, Requests = Build.Topics("digital", "digital") };

        var outcome = bank.Admit(application, new LocalDate(2026, 10, 5));

        outcome.IsAccepted.Should().BeFalse();
        outcome.Rejection.Violations.Select(v => v.Code).Should().Equal(
            PersonalDataConsentRule.Missing, IntakeWindowRule.Outside, RequestListRule.RepeatedTopic);
        bank.Count.Should().Be(0);
        bank.PendingEvents.Should().BeEmpty();
    }

    [Fact]
    public void Admit_Twice_IsRefused()
    {
        var bank = NewBank();
        bank.Admit(Build.Mentee("S1"), Build.InWindow);
        bank.Admit(Build.Mentee("S1"), Build.InWindow).Rejection.Has(BankMembershipRule.AlreadyEntered).Should().BeTrue();
        bank.Count.Should().Be(1);
    }

    [Fact]
    public void Admit_OutsideWindowWithOverride_RecordsTheOverride()
    {
        var bank = NewBank();
        var decision = new IntakeOverride(new LocalDate(2026, 11, 2), "принят на работу 01.11", "zam-uvr");
        var entry = bank.Admit(Build.Mentee("S1") with { Consent = Build.Consent(new LocalDate(2026, 11, 1)) }, new LocalDate(2026, 11, 2), decision).Value;
        entry.IntakeOverride.Should().Be(decision);
        bank.DequeueEvents().OfType<PersonAdmitted>().Single().OutsideIntakeWindow.Should().BeTrue();
    }

    [Fact]
    public void Admit_ExcludingThemselves_IsRefused()
    {
        var bank = NewBank();
        var application = Build.Mentee("S1") with { ExcludedMentors = [EducatorId.From("S1")] };
        bank.Admit(application, Build.InWindow).Rejection.Has(ExcludedMentorRule.Self).Should().BeTrue();
    }

    [Fact]
    public void ChangeRequests_Invalid_LeavesOldList()
    {
        var bank = NewBank();
        bank.Admit(Build.Mentee("S1", "parents"), Build.InWindow);
        var result = bank.ChangeRequests(EducatorId.From("S1"), [], Build.InWindow);
        result.IsAccepted.Should().BeFalse();
        result.Rejection.Has(RequestListRule.Empty).Should().BeTrue();
        bank[EducatorId.From("S1")].Requests.Topics.Should().Equal(TopicCode.From("parents"));
    }

    [Fact]
    public void ChangeRequests_Valid_ReplacesAndRaises()
    {
        var bank = NewBank();
        bank.Admit(Build.Mentee("S1", "parents"), Build.InWindow);
        bank.DequeueEvents();
        bank.ChangeRequests(EducatorId.From("S1"), Build.Topics("digital", "parents"), Build.InWindow).IsAccepted.Should().BeTrue();
        bank[EducatorId.From("S1")].Requests.KeyRequest.Should().Be(TopicCode.From("digital"));
        bank.DequeueEvents().Single().Should().BeOfType<MenteeRequestsChanged>();
    }

    [Fact]
    public void Commands_OnAbsentPerson_AreRefusedNamingTheRule()
    {
        var bank = NewBank();
        var absent = EducatorId.From("nobody");
        bank.ChangeRequests(absent, Build.Topics("digital"), Build.InWindow).Rejection.Has(BankMembershipRule.NotInBank).Should().BeTrue();
        bank.WithdrawConsent(absent, Build.InWindow).Rejection.Has(BankMembershipRule.NotInBank).Should().BeTrue();
        bank.Remove(absent, Build.InWindow, RemovalReason.OwnRequest).Rejection.Has(BankMembershipRule.NotInBank).Should().BeTrue();
        bank.ExcludeMentor(absent, EducatorId.From("T1"), Build.InWindow).Rejection.Has(BankMembershipRule.NotInBank).Should().BeTrue();
        bank.ExportPersonalData(absent).Should().BeNull();
    }

    [Fact]
    public void ExcludeMentor_AddsOnceAndSorts()
    {
        var bank = NewBank();
        bank.Admit(Build.Mentee("S1"), Build.InWindow);
        bank.ExcludeMentor(EducatorId.From("S1"), EducatorId.From("T9"), Build.InWindow);
        bank.ExcludeMentor(EducatorId.From("S1"), EducatorId.From("T1"), Build.InWindow);
        bank.ExcludeMentor(EducatorId.From("S1"), EducatorId.From("T9"), Build.InWindow);
        bank[EducatorId.From("S1")].ExcludedMentors.Should().Equal(EducatorId.From("T1"), EducatorId.From("T9"));
        bank.DequeueEvents().OfType<MentorExcluded>().Should().HaveCount(2);
    }

    [Fact]
    public void WithdrawConsent_ErasesPersonalDataButKeepsAnonymousCounts()
    {
        var bank = NewBank();
        bank.Admit(Build.Mentee("S1", "parents", "digital"), Build.InWindow);
        bank.Admit(Build.Mentee("S2", "digital"), Build.InWindow);
        bank.DequeueEvents();

        bank.WithdrawConsent(EducatorId.From("S1"), new LocalDate(2026, 6, 1)).IsAccepted.Should().BeTrue();

        bank.Contains(EducatorId.From("S1")).Should().BeFalse();
        bank.ExportPersonalData(EducatorId.From("S1")).Should().BeNull();
        var former = bank.FormerEntries.Single();
        former.Reason.Should().Be(RemovalReason.ConsentWithdrawn);
        former.Topics.Should().Equal(Build.Topics("parents", "digital"));
        var stats = bank.GetStatistics();
        stats.Active.Should().Be(1);
        stats.ConsentWithdrawn.Should().Be(1);
        stats.EverEntered.Should().Be(2);
        stats.TopicCounts[TopicCode.From("digital")].Should().Be(2);
        stats.ReasonCounts[MentoringReason.YoungSpecialist].Should().Be(2);
        bank.DequeueEvents().Select(e => e.GetType()).Should().Equal(typeof(PersonLeftBank), typeof(PersonalDataErased));
    }

    [Fact]
    public void WithdrawConsent_BeforeConsentDate_IsRefused()
    {
        var bank = NewBank();
        bank.Admit(Build.Mentee("S1"), Build.InWindow);
        bank.WithdrawConsent(EducatorId.From("S1"), new LocalDate(2026, 3, 1)).IsAccepted.Should().BeFalse();
        bank.Contains(EducatorId.From("S1")).Should().BeTrue();
    }

    [Fact]
    public void ExportPersonalData_ListsEverythingStored()
    {
        var bank = NewBank();
        bank.Admit(Build.Mentee("S1", "parents"), Build.InWindow);
        var export = bank.ExportPersonalData(EducatorId.From("S1"))!;
        export.Source.Should().Be("банк наставляемых 2026");
        export.Fields.Should().Contain(new KeyValuePair<string, string>("ФИО", "Тестовый Педагог S1"));
        export.Fields.Should().Contain(new KeyValuePair<string, string>("Профессиональные запросы", "parents"));
        export.ToString().Should().NotContain("Тестовый");
    }

    [Fact]
    public void UpdateEducator_ReplacesDetails()
    {
        var bank = NewBank();
        bank.Admit(Build.Mentee("S1"), Build.InWindow);
        var updated = bank[EducatorId.From("S1")].Educator.WithCategory(QualificationCategory.Highest);
        bank.UpdateEducator(updated, Build.InWindow).IsAccepted.Should().BeTrue();
        bank[EducatorId.From("S1")].Educator.Category.Should().Be(QualificationCategory.Highest);
    }

    [Fact]
    public void Entries_AreOrderedByIdWhateverTheOrderOfAdmission()
    {
        var bank = NewBank();
        foreach (var id in new[] { "S3", "S1", "S2" })
        {
            bank.Admit(Build.Mentee(id), Build.InWindow);
        }

        bank.Entries.Select(e => e.Id.Value).Should().Equal("S1", "S2", "S3");
    }

    [Fact]
    public void Admit_NullApplication_Throws()
    {
        var act = () => NewBank().Admit(null!, Build.InWindow);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Rejection_Messages_NameIdsOnly()
    {
        var bank = NewBank();
        var rejection = bank.Admit(Build.Mentee("S1") with { Consent = null, Requests = [] }, new LocalDate(2026, 12, 1)).Rejection;
        rejection.ToString().Should().NotContain("Тестовый").And.NotContain("@example.org").And.Contain("S1");
    }
}
