using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;

namespace Mentorship.Domain.Tests.People;

/// <summary>The edges of the people's values: each boundary day and character is on the side the law or the format puts it.</summary>
public class PeopleBoundaryTests
{
    private static readonly LocalDate Day = new(2026, 9, 1);

    [Theory]
    [InlineData("a", true)]
    [InlineData("z", true)]
    [InlineData("0", true)]
    [InlineData("9", true)]
    [InlineData("a-9", true)]
    [InlineData(" lesson-planning ", true)]
    [InlineData("`", false)] // the character before 'a'
    [InlineData("{", false)] // the character after 'z'
    [InlineData("/", false)] // the character before '0'
    [InlineData(":", false)] // the character after '9'
    [InlineData("A", false)]
    [InlineData("-a", false)]
    [InlineData("a-", false)]
    [InlineData("a--b", false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData(null, false)]
    public void TopicCode_TryParse_AcceptsLowerLatinDigitsAndInnerHyphensOnly(string? text, bool valid)
    {
        TopicCode.TryParse(text, out var code).Should().Be(valid);
        code.Value.Should().Be(valid ? text!.Trim() : string.Empty);
    }

    [Fact]
    public void TopicCode_Length_IsAtMostForty()
    {
        TopicCode.TryParse(new string('a', TopicCode.MaxLength), out _).Should().BeTrue();
        TopicCode.TryParse(new string('a', TopicCode.MaxLength + 1), out _).Should().BeFalse();
        var act = () => TopicCode.From("Bad");
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("value");
        var nullAct = () => TopicCode.From(null!);
        nullAct.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("value");
    }

    [Fact]
    public void TeachingYearsOn_StartingThatDay_IsZeroAndAYearLaterOne()
    {
        var educator = Build.Educator("T01", teachingSince: Day);

        educator.TeachingYearsOn(Day).Should().Be(0);
        educator.TeachingYearsOn(Day.PlusYears(1)).Should().Be(1);
        educator.TeachingYearsOn(Day.PlusYears(1).PlusDays(-1)).Should().Be(0);
        educator.TeachingYearsOn(Day.PlusDays(-1)).Should().Be(0);
    }

    [Fact]
    public void YoungSpecialist_TheLastDayByAgeAndByTeaching_StillCount()
    {
        var policy = YoungSpecialistPolicy.Default;
        var educator = Build.Educator("S01", birth: new LocalDate(1999, 1, 1), teachingSince: Day);
        var lastByAge = policy.LastDayByAge(educator.PersonalData.BirthDate);
        var lastByTeaching = policy.LastDayFrom(Day);
        var last = lastByAge < lastByTeaching ? lastByAge : lastByTeaching;

        YoungSpecialistRule.Applies(educator, last, policy).Should().BeTrue();
        YoungSpecialistRule.Applies(educator, last.PlusDays(1), policy).Should().BeFalse();
        YoungSpecialistRule.Applies(educator, Day, policy).Should().BeTrue("the first day of teaching counts");
    }

    [Fact]
    public void YoungSpecialist_OnANewPost_CountsFromTheDayOfAppointment()
    {
        var policy = YoungSpecialistPolicy.Default;
        var educator = Build.Educator("S01", birth: new LocalDate(1970, 1, 1), teachingSince: new LocalDate(1995, 9, 1), appointment: new PostAppointment(Day, true));

        YoungSpecialistRule.Applies(educator, Day, policy).Should().BeTrue();
        YoungSpecialistRule.Applies(educator, Day.PlusDays(-1), policy).Should().BeFalse();
        YoungSpecialistRule.Applies(educator, policy.LastDayFrom(Day), policy).Should().BeTrue();
        YoungSpecialistRule.Applies(educator, policy.LastDayFrom(Day).PlusDays(1), policy).Should().BeFalse();
        var act = () => YoungSpecialistRule.Applies(null!, Day, policy);
        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("educator");
        var noPolicy = () => YoungSpecialistRule.Applies(educator, Day, null!);
        noPolicy.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("policy");
    }

    [Fact]
    public void MentoringConsent_SignedOnTheFirstDay_CoversItAndNotTheDayBefore()
    {
        var consent = new MentoringConsent(Day, "наставничество", new DateInterval(Day, Day.PlusMonths(9)), MentorshipForm.Individual, new PayTerms(0m, "без доплаты"), "  ДС-1 ");

        consent.Covers(Day).Should().BeTrue();
        consent.Covers(Day.PlusDays(-1)).Should().BeFalse();
        consent.AgreementNumber.Should().Be("ДС-1");
        new MentoringConsent(Day, "наставничество", new DateInterval(Day, Day.PlusMonths(9)), MentorshipForm.Individual, new PayTerms(0m, "без доплаты"), " ")
            .AgreementNumber.Should().BeNull();
        var act = () => new MentoringConsent(Day.PlusDays(1), "наставничество", new DateInterval(Day, Day.PlusMonths(9)), MentorshipForm.Individual, new PayTerms(0m, "без доплаты"));
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("period");
        var noPeriod = () => new MentoringConsent(Day, "наставничество", null!, MentorshipForm.Individual, new PayTerms(0m, "без доплаты"));
        noPeriod.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("period");
    }

    [Fact]
    public void PersonalDataConsent_WithdrawnTheDayItWasGiven_IsValid()
    {
        PersonalDataConsent.Restore(Day, Day).WithdrawnOn.Should().Be(Day);
        var act = () => PersonalDataConsent.Restore(Day, Day.PlusDays(-1));
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("withdrawnOn");
    }

    [Fact]
    public void OptionalTexts_BlankAreNullAndOthersTrimmed()
    {
        new Organization(Build.Org, "ЦДТ", "Центр детского творчества", OrganizationKind.AdditionalEducation, "  Иловлинский район ").Municipality.Should().Be("Иловлинский район");
        new Organization(Build.Org, "ЦДТ", "Центр детского творчества", OrganizationKind.AdditionalEducation, " ").Municipality.Should().BeNull();
        new PersonalData("Иванова А. А.", new LocalDate(1990, 1, 1), null, " +7 900 ").Phone.Should().Be("+7 900");
        new PersonalData("Иванова А. А.", new LocalDate(1990, 1, 1), null, " ").Phone.Should().BeNull();
    }
}
