using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;

namespace Mentorship.Domain.Tests.People;

public class ValueEqualityTests
{
    [Fact]
    public void EducatorId_EqualityAndOrder_AreOrdinalOnTheValue()
    {
        Equality.Holds(EducatorId.From("T01"), EducatorId.From(" T01 "), EducatorId.From("T02"), EducatorId.From("t01"), default);
        Equality.Orders(default, EducatorId.From("S01"), EducatorId.From("T01"), EducatorId.From("T02"), EducatorId.From("t01"));
    }

    [Fact]
    public void OrganizationId_EqualityAndOrder_AreOrdinalOnTheValue()
    {
        Equality.Holds(OrganizationId.From("cdt"), OrganizationId.From("cdt\t"), OrganizationId.From("CDT"), OrganizationId.From("school-1"), default);
        Equality.Orders(default, OrganizationId.From("CDT"), OrganizationId.From("cdt"), OrganizationId.From("school-1"));
    }

    [Fact]
    public void TopicCode_EqualityAndOrder_AreOrdinalOnTheValue()
    {
        Equality.Holds(TopicCode.From("digital"), TopicCode.From(new string("digital".ToCharArray())), TopicCode.From("parents"), TopicCode.From("digital2"), default);
        Equality.Orders(default, TopicCode.From("adaptation"), TopicCode.From("digital"), TopicCode.From("digital2"), TopicCode.From("parents"));
    }

    [Fact]
    public void PersonalDataConsent_Equality_ComparesBothDates()
    {
        var given = new LocalDate(2026, 4, 1);
        Equality.Holds(
            PersonalDataConsent.Given(given),
            PersonalDataConsent.Restore(given, null),
            PersonalDataConsent.Given(given.PlusDays(1)),
            PersonalDataConsent.Given(given).Withdraw(given.PlusDays(10)));
        Equality.Holds(
            PersonalDataConsent.Given(given).Withdraw(given.PlusDays(10)),
            PersonalDataConsent.Restore(given, given.PlusDays(10)),
            PersonalDataConsent.Restore(given, given.PlusDays(11)),
            PersonalDataConsent.Restore(given.PlusDays(1), given.PlusDays(10)),
            PersonalDataConsent.Given(given));
    }
}
