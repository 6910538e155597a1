using Mentorship.Domain.People;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;

namespace Mentorship.Domain.Tests.People;

public class PersonalDataTests
{
    [Fact]
    public void ToString_OfPeopleTypes_RevealsNoPersonalData()
    {
        var educator = Build.Educator("E42", new LocalDate(1990, 2, 3));
        var texts = new[] { educator.ToString(), educator.PersonalData.ToString(), educator.ToSnapshot().ToString() };
        foreach (var text in texts)
        {
            text.Should().NotContain("Тестовый").And.NotContain("1990").And.NotContain("@example.org");
        }

        educator.ToString().Should().Be("Educator E42");
    }

    [Fact]
    public void Consent_ValidFromGivenUntilTheDayBeforeWithdrawal()
    {
        var consent = PersonalDataConsent.Given(new LocalDate(2026, 4, 1)).Withdraw(new LocalDate(2026, 6, 1));
        consent.IsValidOn(new LocalDate(2026, 3, 31)).Should().BeFalse();
        consent.IsValidOn(new LocalDate(2026, 4, 1)).Should().BeTrue();
        consent.IsValidOn(new LocalDate(2026, 5, 31)).Should().BeTrue();
        consent.IsValidOn(new LocalDate(2026, 6, 1)).Should().BeFalse();
    }

    [Fact]
    public void Consent_WithdrawTwice_Throws()
    {
        var consent = PersonalDataConsent.Given(new LocalDate(2026, 4, 1)).Withdraw(new LocalDate(2026, 6, 1));
        var act = () => consent.Withdraw(new LocalDate(2026, 7, 1));
        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void MentoringConsent_PeriodBeforeSigning_Throws()
    {
        var act = () => new MentoringConsent(
            new LocalDate(2026, 9, 2), "x", new DateInterval(new LocalDate(2026, 9, 1), new LocalDate(2027, 5, 31)),
            MentorshipForm.Individual, new PayTerms(0, "без доплаты"));
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void MentoringConsent_Covers_SignedAndInsidePeriod()
    {
        var consent = Build.MentoringConsent();
        consent.Covers(new LocalDate(2026, 9, 1)).Should().BeTrue();
        consent.Covers(new LocalDate(2027, 5, 31)).Should().BeTrue();
        consent.Covers(new LocalDate(2027, 6, 1)).Should().BeFalse();
        consent.Covers(new LocalDate(2026, 8, 31)).Should().BeFalse();
    }

    [Fact]
    public void PayTerms_NegativeSupplement_Throws()
    {
        var act = () => new PayTerms(-1m, "x");
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Educator_SubjectsAreNormalised()
    {
        var educator = Build.Educator("E1", subjects: [" Music", "art", "music", ""]);
        educator.Subjects.Should().Equal("art", "music");
        educator.SharesSubjectWith(Build.Educator("E2", subjects: ["ART"])).Should().BeTrue();
        educator.SharesSubjectWith(Build.Educator("E3", subjects: ["robotics"])).Should().BeFalse();
    }

    [Fact]
    public void Identifiers_GuardAgainstBlankAndControlCharacters()
    {
        ((Action)(() => EducatorId.From(" "))).Should().Throw<ArgumentException>();
        ((Action)(() => EducatorId.From("a\nb"))).Should().Throw<ArgumentException>();
        ((Action)(() => EducatorId.From(null!))).Should().Throw<ArgumentNullException>();
        EducatorId.From(" T01 ").Should().Be(EducatorId.From("T01"));
    }
}
