using Mentorship.Domain.Banks;
using Mentorship.Domain.Tests.TestHelpers;
using NodaTime;

namespace Mentorship.Domain.Tests.Banks;

public class IntakeWindowTests
{
    [Fact]
    public void Equality_ComparesStartAndEnd()
    {
        Equality.Holds(
            IntakeWindow.Default,
            new IntakeWindow(new AnnualDate(4, 1), new AnnualDate(9, 30)),
            new IntakeWindow(new AnnualDate(4, 2), new AnnualDate(9, 30)),
            new IntakeWindow(new AnnualDate(4, 1), new AnnualDate(9, 29)));
    }

    [Fact]
    public void For_IsTheWindowOfThatYear_BothEndsIncluded()
    {
        var window = IntakeWindow.Default.For(2026);
        window.Start.Should().Be(new LocalDate(2026, 4, 1));
        window.End.Should().Be(new LocalDate(2026, 9, 30));
        IntakeWindow.Default.Contains(2026, new LocalDate(2026, 9, 30)).Should().BeTrue();
        IntakeWindow.Default.Contains(2026, new LocalDate(2026, 10, 1)).Should().BeFalse();
        IntakeWindow.Default.Contains(2027, new LocalDate(2026, 5, 1)).Should().BeFalse();
    }

    [Fact]
    public void ToString_ShowsMonthsAndDays() => IntakeWindow.Default.ToString().Should().Be("04-01..09-30");
}
