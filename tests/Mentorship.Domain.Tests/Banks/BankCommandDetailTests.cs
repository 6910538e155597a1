using Mentorship.Domain.Banks;
using Mentorship.Domain.Banks.Events;
using Mentorship.Domain.People;
using NodaTime;
using static Mentorship.Domain.Tests.TestHelpers.Build;

namespace Mentorship.Domain.Tests.Banks;

/// <summary>
/// The details of the banks' commands and exports that a year's scenario passes by: lookups of absent people,
/// a withdrawal on the day of consent, the events of removal and erasure, which check wins, the exact fields
/// of a personal-data export when optional data is missing.
/// </summary>
public class BankCommandDetailTests
{
    private static readonly EducatorId S1 = EducatorId.From("S1");
    private static readonly EducatorId S2 = EducatorId.From("S2");
    private static readonly EducatorId T1 = EducatorId.From("T1");

    private static MenteeBank Mentees(params string[] ids)
    {
        var bank = MenteeBank.Open(Org, Year);
        foreach (var id in ids)
        {
            bank.Admit(Mentee(id), InWindow).IsAccepted.Should().BeTrue();
        }

        bank.DequeueEvents();
        return bank;
    }

    private static MentorBank Mentors(MentorApplication application)
    {
        var bank = MentorBank.Open(Org, Year);
        bank.Admit(application, InWindow).IsAccepted.Should().BeTrue();
        bank.DequeueEvents();
        return bank;
    }

    [Fact]
    public void Lookups_OfPresentAndAbsentPeople()
    {
        var bank = Mentees("S1");

        bank.TryGet(S1, out var found).Should().BeTrue();
        found.Educator.Id.Should().Be(S1);
        bank.TryGet(S2, out var missing).Should().BeFalse();
        missing.Should().BeNull();
        var act = () => bank[S2];
        act.Should().Throw<KeyNotFoundException>().WithMessage("*S2*");
        bank.ToString().Should().Be("MenteeBank cdt 2026 (1 entries)");
    }

    [Fact]
    public void WithdrawConsent_OnTheDayItWasGiven_IsAccepted()
    {
        var bank = Mentees("S1");
        var givenOn = bank[S1].Consent.GivenOn;

        bank.WithdrawConsent(S1, givenOn.PlusDays(-1)).IsAccepted.Should().BeFalse();
        bank.WithdrawConsent(S1, givenOn).IsAccepted.Should().BeTrue();
        bank.Contains(S1).Should().BeFalse();
        bank.DequeueEvents().Should().Equal(
            new PersonLeftBank(givenOn, Org, Year, BankKind.Mentee, S1, RemovalReason.ConsentWithdrawn),
            new PersonalDataErased(givenOn, Org, Year, BankKind.Mentee, S1));
    }

    [Fact]
    public void WithdrawConsent_OfAPersonOthersExclude_RemovesTheirIdentifierEverywhere()
    {
        var bank = Mentees("S1", "S2");
        bank.ExcludeMentor(S1, S2, InWindow).IsAccepted.Should().BeTrue();

        bank.WithdrawConsent(S2, InWindow).IsAccepted.Should().BeTrue();

        bank[S1].ExcludedMentors.Should().BeEmpty();
    }

    [Fact]
    public void ErasePerson_OfSomeoneOnlyReferenced_KeepsTheEntriesAndRaisesNothing()
    {
        var bank = Mentees("S1");
        bank.ExcludeMentor(S1, T1, InWindow).IsAccepted.Should().BeTrue();
        bank.DequeueEvents();

        bank.ErasePerson(T1, InWindow).IsAccepted.Should().BeTrue();

        bank[S1].ExcludedMentors.Should().BeEmpty();
        bank.Count.Should().Be(1);
        bank.DequeueEvents().Should().BeEmpty();
    }

    [Fact]
    public void Remove_And_UpdateEducator_RaiseTheirEvents()
    {
        var bank = Mentees("S1", "S2");
        var on = new LocalDate(2026, 9, 1);

        bank.Remove(S2, on, RemovalReason.LeftOrganization).IsAccepted.Should().BeTrue();
        bank.UpdateEducator(bank[S1].Educator.WithCategory(QualificationCategory.Highest), on).IsAccepted.Should().BeTrue();

        bank.DequeueEvents().Should().Equal(
            new PersonLeftBank(on, Org, Year, BankKind.Mentee, S2, RemovalReason.LeftOrganization),
            new EducatorDetailsUpdated(on, Org, Year, BankKind.Mentee, S1));
        bank.UpdateEducator(Educator("S9"), on).Rejection.Violations.Single().Code.Should().Be(BankMembershipRule.NotInBank);
    }

    [Fact]
    public void ChangeCapacity_OfAnAbsentMentor_ReportsOnlyTheAbsence()
    {
        var bank = Mentors(Mentor("T1"));

        bank.ChangeCapacity(EducatorId.From("T9"), 0, InWindow).Rejection.Violations.Select(v => v.Code)
            .Should().Equal(BankMembershipRule.NotInBank);
        bank.ChangeCapacity(T1, 0, InWindow).Rejection.Violations.Select(v => v.Code)
            .Should().Equal(MentorCapacityRule.BelowOne);
        bank.ChangeCapacity(T1, 4, InWindow).IsAccepted.Should().BeTrue();
        bank[T1].Capacity.Should().Be(4);
    }

    [Fact]
    public void RecordMentoringConsent_Again_ReplacesTheEarlierOne()
    {
        var bank = Mentors(Mentor("T1") with { MentoringConsent = MentoringConsent(new LocalDate(2026, 8, 20)) });

        bank.RecordMentoringConsent(T1, MentoringConsent(new LocalDate(2026, 8, 25))).IsAccepted.Should().BeTrue();

        bank[T1].MentoringConsent!.SignedOn.Should().Be(new LocalDate(2026, 8, 25));
    }

    [Fact]
    public void CompetencyClaims_NameThePositionOfEachBadClaim()
    {
        var claims = new[]
        {
            new CompetencyClaim(TopicCode.From("adaptation"), 3),
            new CompetencyClaim(TopicCode.From("robotics"), 2),
            new CompetencyClaim(TopicCode.From("adaptation"), 1),
            new CompetencyClaim(TopicCode.From("digital"), 1),
        };

        var violations = CompetencyRule.Check(claims, RequestTopicCatalog.Standard, "T1");

        violations.Select(v => (v.Code, v.Argument("position")!.AsNumber())).Should().Equal(
            (CompetencyRule.UnknownTopic, 2L),
            (CompetencyRule.RepeatedTopic, 3L));
    }

    [Fact]
    public void CompetencyClaims_ARepeatedUnknownTopic_IsReportedOnceAsUnknownThenOnceAsRepeated()
    {
        var claims = new[] { new CompetencyClaim(TopicCode.From("robotics"), 2), new CompetencyClaim(TopicCode.From("robotics"), 3) };

        var violations = CompetencyRule.Check(claims, RequestTopicCatalog.Standard, "T1");

        violations.Select(v => (v.Code, v.Argument("position")!.AsNumber())).Should().Equal(
            (CompetencyRule.UnknownTopic, 1L),
            (CompetencyRule.RepeatedTopic, 2L));
    }

    [Fact]
    public void ExportPersonalData_OfAMenteeWithoutOptionalData_ListsEmptyValues()
    {
        var educator = new Educator(
            S1, Org, new PersonalData("Тестовый Педагог S1", new LocalDate(1999, 1, 1)), "учитель", null, QualificationCategory.None, ["music", "art"]);
        var bank = MenteeBank.Open(Org, Year);
        bank.Admit(new MenteeApplication(educator, Consent(), Topics("adaptation", "digital"), [MentoringReason.NewHire, MentoringReason.ProfessionalDifficulties]), InWindow)
            .IsAccepted.Should().BeTrue();
        bank.ExcludeMentor(S1, T1, InWindow).IsAccepted.Should().BeTrue();
        bank.ExcludeMentor(S1, EducatorId.From("T2"), InWindow).IsAccepted.Should().BeTrue();

        var fields = bank.ExportPersonalData(S1)!.Fields.ToDictionary(f => f.Key, f => f.Value);

        fields["Электронная почта"].Should().BeEmpty();
        fields["Телефон"].Should().BeEmpty();
        fields["Педагогический стаж с"].Should().BeEmpty();
        fields["Предметы"].Should().Be("art, music");
        fields["Профессиональные запросы"].Should().Be("adaptation;digital");
        fields["Основания"].Should().Be("NewHire, ProfessionalDifficulties");
        fields["Исключённые наставники"].Should().Be("T1, T2");
        bank.ExportPersonalData(S2).Should().BeNull();
    }

    [Fact]
    public void ExportPersonalData_OfAMentor_ListsQuestionnaireTrainingAndCompetencies()
    {
        var application = Mentor("T1", 2, ("adaptation", 3), ("digital", 2)) with
        {
            Questionnaire = new MentorQuestionnaire(" опыт ", " достижения ", ["вторник", " ", "четверг "], null),
        };
        var bank = Mentors(application);
        bank.RecordTraining(T1, new TrainingSession(new LocalDate(2026, 6, 10), "Семинар", 4)).IsAccepted.Should().BeTrue();
        bank.RecordTraining(T1, new TrainingSession(new LocalDate(2026, 6, 20), "Курс", 16)).IsAccepted.Should().BeTrue();

        var export = bank.ExportPersonalData(T1)!;
        var fields = export.Fields.ToDictionary(f => f.Key, f => f.Value);

        export.Source.Should().Be("банк наставников 2026");
        export.ToString().Should().Be($"PersonalDataExport T1 ({export.Fields.Count} fields)");
        fields["Компетенции"].Should().Be("adaptation:3;digital:2");
        fields["Число наставляемых одновременно"].Should().Be("2");
        fields["Анкета: опыт"].Should().Be("опыт");
        fields["Анкета: достижения"].Should().Be("достижения");
        fields["Анкета: удобное время встреч"].Should().Be("вторник; четверг");
        fields["Анкета: мотивация"].Should().BeEmpty();
        fields["Обучение наставников"].Should().Be("10.06.2026 Семинар (4 ч); 20.06.2026 Курс (16 ч)");
    }

    [Fact]
    public void MentorQuestionnaire_WithMissingTexts_KeepsEmptyStringsAndPrintsNoAnswers()
    {
        var q = new MentorQuestionnaire(null!, null!);

        q.Experience.Should().BeEmpty();
        q.Achievements.Should().BeEmpty();
        q.PreferredMeetingTimes.Should().BeEmpty();
        q.Motivation.Should().BeEmpty();
        new MentorQuestionnaire("20 лет", "высшая", null, "помочь").ToString().Should().Be("MentorQuestionnaire");
    }

    [Fact]
    public void RequestList_PrintsItsCodesInOrder()
    {
        var list = RequestList.Create(Topics("digital", "adaptation"), RequestTopicCatalog.Standard).Value;

        list.ToString().Should().Be("digital;adaptation");
        list.RankOf(TopicCode.From("adaptation")).Should().Be(2);
        list.RankOf(TopicCode.From("parents")).Should().Be(0);
    }
}
