using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;

namespace Mentorship.Domain.Tests.People;

public class YoungSpecialistRuleTests
{
    private static readonly LocalDate On = new(2026, 9, 1);

    [Theory]
    [InlineData(1991, 9, 1, true)]   // exactly 35 on the date
    [InlineData(1991, 8, 31, true)]  // 35 years and a day: still 35 completed years
    [InlineData(1990, 9, 1, false)]  // 36
    public void Applies_AgeBoundary_UsesCompletedYears(int y, int m, int d, bool expected)
    {
        var birth = new LocalDate(y, m, d);
        var educator = Build.Educator("E1", birth, teachingSince: new LocalDate(2025, 9, 1));
        var age = educator.PersonalData.AgeOn(On);
        YoungSpecialistRule.Applies(educator, On).Should().Be(age <= 35, $"age is {age}");
        if (expected)
        {
            YoungSpecialistRule.Applies(educator, On).Should().BeTrue();
        }
    }

    [Theory]
    [InlineData(2023, 9, 2, true)]   // 2 years and 364 days
    [InlineData(2023, 9, 1, false)]  // the third anniversary: status has ended
    [InlineData(2022, 9, 2, false)]  // 3 years and 364 days (was counted as young before)
    [InlineData(2026, 9, 2, true)]   // teaching starts later: no experience yet
    public void Applies_TeachingBoundary_EndsOnTheThirdAnniversary(int y, int m, int d, bool expected)
    {
        var educator = Build.Educator("E1", new LocalDate(2000, 1, 1), teachingSince: new LocalDate(y, m, d));
        YoungSpecialistRule.Applies(educator, On).Should().Be(expected);
    }

    [Fact]
    public void Applies_NoTeachingExperienceYet_CountsAsZeroYears()
    {
        var educator = new Educator(
            EducatorId.From("E1"), Build.Org, new PersonalData("X", new LocalDate(2002, 1, 1)), "педагог", null, QualificationCategory.None);
        educator.TeachingYearsOn(On).Should().Be(0);
        educator.IsYoungSpecialistOn(On).Should().BeTrue();
    }

    [Fact]
    public void Applies_OlderTeacherAppointedToNewPostWithoutExperience_IsYoungSpecialist()
    {
        var appointment = new PostAppointment(new LocalDate(2025, 1, 10), WithoutPriorExperience: true);
        var educator = Build.Educator("E1", new LocalDate(1970, 1, 1), new LocalDate(1995, 9, 1), appointment: appointment);
        educator.IsYoungSpecialistOn(On).Should().BeTrue();
        educator.IsYoungSpecialistOn(new LocalDate(2028, 1, 9)).Should().BeTrue("the last day before the third anniversary in the post");
        educator.IsYoungSpecialistOn(new LocalDate(2028, 1, 10)).Should().BeFalse("the third anniversary in the post");
    }

    [Fact]
    public void Applies_OlderTeacherAppointedWithExperience_IsNot()
    {
        var appointment = new PostAppointment(new LocalDate(2025, 1, 10), WithoutPriorExperience: false);
        var educator = Build.Educator("E1", new LocalDate(1970, 1, 1), new LocalDate(1995, 9, 1), appointment: appointment);
        educator.IsYoungSpecialistOn(On).Should().BeFalse();
    }

    [Fact]
    public void Applies_WithAnotherPolicy_UsesItsBoundaries()
    {
        var educator = Build.Educator("E1", new LocalDate(1985, 1, 1), teachingSince: new LocalDate(2022, 9, 1));
        var fiveYears = new YoungSpecialistPolicy(maxAge: 45, teachingYears: 5);

        YoungSpecialistRule.Applies(educator, On).Should().BeFalse();
        YoungSpecialistRule.Applies(educator, On, fiveYears).Should().BeTrue();
        YoungSpecialistRule.Applies(educator, new LocalDate(2027, 9, 1), fiveYears).Should().BeFalse();
    }

    [Theory]
    [InlineData(1, "не старше 35 лет, стаж менее 1 года")]
    [InlineData(3, "не старше 35 лет, стаж менее 3 лет")]
    [InlineData(5, "не старше 35 лет, стаж менее 5 лет")]
    public void Wording_SaysWhatTheRuleDoes(int years, string expected) =>
        new YoungSpecialistPolicy(35, years).Wording.Should().Be(expected);

    [Fact]
    public void Policy_OutOfRange_IsRefused()
    {
        var act = () => new YoungSpecialistPolicy(35, 0);
        act.Should().Throw<System.ArgumentOutOfRangeException>().WithParameterName("teachingYears");
    }
}
