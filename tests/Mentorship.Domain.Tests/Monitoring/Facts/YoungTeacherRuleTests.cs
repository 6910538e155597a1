using CsCheck;
using Mentorship.Domain.Monitoring.Facts;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Tests.Monitoring.Facts;

public class YoungTeacherRuleTests
{
    [Fact]
    public void LastDay_AgreesWithAgeAndTeachingYearsOfThePeopleRoom()
    {
        var origin = new LocalDate(1960, 1, 1);
        Gen.Select(Gen.Int[0, 20000], Gen.Int[-1, 25000], Gen.Int[0, 28000]).Sample((birth, since, on) =>
        {
            var educator = Tests.TestHelpers.Build.Educator("E1", origin.PlusDays(birth), since < 0 ? null : origin.PlusDays(since));
            var teaching = since < 0 ? null : (LocalDate?)origin.PlusDays(since);
            var educatorWithout = new Educator(educator.Id, educator.OrganizationId, educator.PersonalData, educator.Post, teaching, educator.Category);
            var day = origin.PlusDays(on);
            // Young: at most 35 completed years and fewer than 3 completed years of teaching (the anniversary ends it).
            var expected = educatorWithout.PersonalData.AgeOn(day) <= 35
                && educatorWithout.TeachingYearsOn(day) < 3;

            YoungTeacherRule.Applies(YoungTeacherRule.LastDay(educatorWithout.PersonalData.BirthDate, teaching), day).Should().Be(expected);
        }, iter: 2000);
    }

    [Fact]
    public void LastDay_LeapDayBirth_EndsOnTheDayBeforeTheThirtySixthBirthday()
    {
        YoungTeacherRule.LastDay(new LocalDate(2000, 2, 29), null).Should().Be(new LocalDate(2036, 2, 28));
        YoungTeacherRule.LastDay(new LocalDate(2000, 2, 29), new LocalDate(2024, 9, 1)).Should().Be(new LocalDate(2027, 8, 31));
        YoungTeacherRule.LastDay(new LocalDate(2000, 1, 1), new LocalDate(2024, 2, 29)).Should().Be(new LocalDate(2027, 2, 27));
    }

    [Fact]
    public void From_Educator_KeepsOnlyTheLastDayNotTheBirthDate()
    {
        var educator = Tests.TestHelpers.Build.Educator("E1", new LocalDate(1999, 1, 1), new LocalDate(2024, 9, 1));

        var fact = EducatorFact.From(educator, new LocalDate(2024, 9, 1));

        fact.YoungTeacherThrough.Should().Be(new LocalDate(2027, 8, 31));
        fact.ToString().Should().NotContain("1999").And.NotContain(educator.PersonalData.FullName);
    }

    [Fact]
    public void LastDay_AgreesWithTheYoungSpecialistRuleUnderAnyPolicy()
    {
        var origin = new LocalDate(1960, 1, 1);
        Gen.Select(Gen.Int[0, 20000], Gen.Int[0, 25000], Gen.Int[0, 28000], Gen.Int[18, 70], Gen.Int[1, 10]).Sample((birth, since, on, age, years) =>
        {
            var policy = new YoungSpecialistPolicy(age, years);
            var educator = Tests.TestHelpers.Build.Educator("E1", origin.PlusDays(birth), origin.PlusDays(since));
            var day = origin.PlusDays(on);
            var last = YoungTeacherRule.LastDay(educator.PersonalData.BirthDate, educator.TeachingSince, policy);
            YoungTeacherRule.Applies(last, day).Should().Be(YoungSpecialistRule.Applies(educator, day, policy));
        }, iter: 2000);
    }
}
