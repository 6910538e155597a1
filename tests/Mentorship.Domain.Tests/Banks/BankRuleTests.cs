using Mentorship.Domain.Banks;
using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;

namespace Mentorship.Domain.Tests.Banks;

public class BankRuleTests
{
    private static readonly LocalDate On = new(2026, 5, 1);

    [Fact]
    public void PersonalDataConsentRule_Missing_IsViolation()
    {
        PersonalDataConsentRule.Check(null, On, "E1")!.Code.Should().Be(PersonalDataConsentRule.Missing);
    }

    [Fact]
    public void PersonalDataConsentRule_WithdrawnOnOrBefore_IsViolation()
    {
        var consent = PersonalDataConsent.Given(new LocalDate(2026, 4, 1)).Withdraw(On);
        PersonalDataConsentRule.Check(consent, On)!.Code.Should().Be(PersonalDataConsentRule.Withdrawn);
        PersonalDataConsentRule.Check(consent, On.PlusDays(-1)).Should().BeNull();
    }

    [Fact]
    public void PersonalDataConsentRule_GivenLater_IsViolation()
    {
        PersonalDataConsentRule.Check(PersonalDataConsent.Given(On.PlusDays(1)), On)!.Code.Should().Be(PersonalDataConsentRule.NotYetGiven);
        PersonalDataConsentRule.Check(PersonalDataConsent.Given(On), On).Should().BeNull();
    }

    [Theory]
    [InlineData(3, 31, true)]
    [InlineData(4, 1, false)]
    [InlineData(9, 30, false)]
    [InlineData(10, 1, true)]
    public void IntakeWindowRule_DefaultWindow_BothEndsIncluded(int month, int day, bool violated)
    {
        var violation = IntakeWindowRule.Check(IntakeWindow.Default, 2026, new LocalDate(2026, month, day), null, "E1");
        (violation is not null).Should().Be(violated);
        if (violated)
        {
            violation!.Code.Should().Be(IntakeWindowRule.Outside);
            violation.Rule.Should().Be(nameof(IntakeWindowRule));
        }
    }

    [Fact]
    public void IntakeWindowRule_Override_AllowsDateOutside()
    {
        var decision = new IntakeOverride(new LocalDate(2026, 11, 2), "приём на работу в ноябре", "coordinator-1");
        IntakeWindowRule.Check(IntakeWindow.Default, 2026, new LocalDate(2026, 11, 2), decision).Should().BeNull();
    }

    [Fact]
    public void IntakeWindowRule_OtherYearsWindow_IsOutside()
    {
        IntakeWindowRule.Check(IntakeWindow.Default, 2026, new LocalDate(2025, 5, 1), null).Should().NotBeNull();
    }

    [Fact]
    public void IntakeWindow_EndBeforeStart_Throws()
    {
        var act = () => new IntakeWindow(new AnnualDate(9, 1), new AnnualDate(4, 1));
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void RequestListRule_Empty_IsViolation()
    {
        RequestListRule.Check([], RequestTopicCatalog.Standard).Select(v => v.Code).Should().Equal(RequestListRule.Empty);
    }

    [Fact]
    public void RequestListRule_SixTopics_IsTooMany()
    {
        var topics = Build.Topics("adaptation", "digital", "parents", "gifted", "burnout", "assessment");
        RequestListRule.Check(topics, RequestTopicCatalog.Standard).Select(v => v.Code).Should().Equal(RequestListRule.TooMany);
    }

    [Fact]
    public void RequestListRule_RepeatedAndUnknown_ReportsEachWithPosition()
    {
        var topics = Build.Topics("digital", "robotics", "digital");
        var violations = RequestListRule.Check(topics, RequestTopicCatalog.Standard, "S1");
        violations.Select(v => v.Code).Should().Equal(RequestListRule.UnknownTopic, RequestListRule.RepeatedTopic);
        violations[0].Message.Should().Be("Темы «robotics» в позиции 2 нет в каталоге тем.");
        violations[1].Message.Should().Be("Тема «цифровые инструменты, ИКТ» повторяется в позиции 3.");
        violations.Select(v => v.Argument("position")!.AsNumber()).Should().Equal(2, 3);
        violations.Should().OnlyContain(v => v.Subject == "S1" && v.Rule == nameof(RequestListRule));
    }

    [Fact]
    public void RequestListRule_OwnTopicOfOrganisation_IsKnown()
    {
        var catalog = RequestTopicCatalog.Standard.WithTopic(TopicCode.From("robotics"), "робототехника");
        RequestListRule.Check(Build.Topics("robotics", "digital"), catalog).Should().BeEmpty();
    }

    [Fact]
    public void RequestList_KeyRequestAndRanks()
    {
        var list = RequestList.Create(Build.Topics("parents", "digital"), RequestTopicCatalog.Standard).Value;
        list.KeyRequest.Should().Be(TopicCode.From("parents"));
        list.RankOf(TopicCode.From("digital")).Should().Be(2);
        list.RankOf(TopicCode.From("gifted")).Should().Be(0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public void CompetencyRule_LevelOutsideOneToThree_IsViolation(int level)
    {
        var violations = CompetencyRule.Check([new CompetencyClaim(TopicCode.From("digital"), level)], RequestTopicCatalog.Standard);
        violations.Select(v => v.Code).Should().Equal(CompetencyRule.LevelOutOfRange);
    }

    [Fact]
    public void CompetencyRule_EmptyRepeatedUnknown_AreViolations()
    {
        CompetencyRule.Check([], RequestTopicCatalog.Standard).Single().Code.Should().Be(CompetencyRule.Empty);
        var claims = new[]
        {
            new CompetencyClaim(TopicCode.From("digital"), 3),
            new CompetencyClaim(TopicCode.From("digital"), 2),
            new CompetencyClaim(TopicCode.From("chess"), 2),
        };
        CompetencyRule.Check(claims, RequestTopicCatalog.Standard).Select(v => v.Code)
            .Should().Equal(CompetencyRule.RepeatedTopic, CompetencyRule.UnknownTopic);
    }

    [Fact]
    public void MentorExperienceRule_BelowMinimum_IsViolation()
    {
        var educator = Build.Educator("T1", teachingSince: new LocalDate(2022, 9, 1));
        MentorExperienceRule.Check(educator, new MentorPolicy(minimumTeachingYears: 5), On)!.Code.Should().Be(MentorExperienceRule.Insufficient);
        MentorExperienceRule.Check(educator, new MentorPolicy(minimumTeachingYears: 3), On).Should().BeNull();
        MentorExperienceRule.Check(educator, MentorPolicy.Default, On).Should().BeNull();
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-2, true)]
    [InlineData(1, false)]
    public void MentorCapacityRule_BelowOne_IsViolation(int capacity, bool violated)
    {
        (MentorCapacityRule.Check(capacity) is not null).Should().Be(violated);
    }

    [Fact]
    public void MentorPolicy_Defaults_AreZeroYearsAndTwoMentees()
    {
        MentorPolicy.Default.MinimumTeachingYears.Should().Be(0);
        MentorPolicy.Default.DefaultCapacity.Should().Be(2);
        ((Func<MentorPolicy>)(() => new MentorPolicy(defaultCapacity: 0))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void BankMembershipRule_ReportsDuplicatesAndAbsence()
    {
        BankMembershipRule.CheckNew(true, "E1")!.Code.Should().Be(BankMembershipRule.AlreadyEntered);
        BankMembershipRule.CheckNew(false, "E1").Should().BeNull();
        BankMembershipRule.CheckPresent(false, "E1")!.Code.Should().Be(BankMembershipRule.NotInBank);
    }

    [Fact]
    public void ExcludedMentorRule_Self_IsViolation()
    {
        ExcludedMentorRule.Check(EducatorId.From("A"), EducatorId.From("A"))!.Code.Should().Be(ExcludedMentorRule.Self);
        ExcludedMentorRule.Check(EducatorId.From("A"), EducatorId.From("B")).Should().BeNull();
    }
}
