using Mentorship.Domain.Common.Violations;

namespace Mentorship.Domain.Tests.Violations;

public class RussianPluralTests
{
    [Theory]
    [InlineData(1, "1 рабочий день")]
    [InlineData(2, "2 рабочих дня")]
    [InlineData(5, "5 рабочих дней")]
    [InlineData(11, "11 рабочих дней")]
    [InlineData(12, "12 рабочих дней")]
    [InlineData(14, "14 рабочих дней")]
    [InlineData(21, "21 рабочий день")]
    [InlineData(22, "22 рабочих дня")]
    [InlineData(25, "25 рабочих дней")]
    [InlineData(0, "0 рабочих дней")]
    [InlineData(101, "101 рабочий день")]
    [InlineData(111, "111 рабочих дней")]
    [InlineData(1004, "1004 рабочих дня")]
    public void Count_AgreesTheNounWithTheNumber(long number, string expected) =>
        RussianPlural.Count(number, "рабочий день", "рабочих дня", "рабочих дней").Should().Be(expected);

    [Theory]
    [InlineData(1, "1 место")]
    [InlineData(2, "2 места")]
    [InlineData(5, "5 мест")]
    [InlineData(11, "11 мест")]
    [InlineData(21, "21 место")]
    [InlineData(22, "22 места")]
    [InlineData(25, "25 мест")]
    public void Count_Places(long number, string expected) =>
        RussianPlural.Count(number, "место", "места", "мест").Should().Be(expected);

    [Fact]
    public void Choose_NegativeNumbersAgreeLikeTheirMagnitude() =>
        new[] { -1L, -3L, -12L, -21L }.Select(n => RussianPlural.Choose(n, "one", "few", "many"))
            .Should().Equal("one", "few", "many", "one");
}
