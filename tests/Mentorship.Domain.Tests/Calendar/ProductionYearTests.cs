using Mentorship.Domain.Calendar;
using NodaTime;

namespace Mentorship.Domain.Tests.Calendar;

public class ProductionYearTests
{
    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    private static ProductionYear Make(LocalDate[]? off = null, LocalDate[]? working = null, LocalDate[]? shortened = null) =>
        ProductionYear.Create(2030, "test decree", off ?? [], working ?? [], shortened ?? []);

    [Fact]
    public void Create_ExtraDayOffOnWeekend_Throws()
    {
        var act = () => Make(off: [D(2030, 3, 9)]); // a Saturday
        act.Should().Throw<ArgumentException>().WithParameterName("extraDaysOff");
    }

    [Fact]
    public void Create_ExtraDayOffOnHoliday_Throws()
    {
        var act = () => Make(off: [D(2030, 3, 8)]);
        act.Should().Throw<ArgumentException>().WithParameterName("extraDaysOff");
    }

    [Fact]
    public void Create_WorkingWeekendDayOnWeekday_Throws()
    {
        var act = () => Make(working: [D(2030, 3, 11)]); // a Monday
        act.Should().Throw<ArgumentException>().WithParameterName("workingWeekendDays");
    }

    [Fact]
    public void Create_ShortenedDayNotBeforeAHoliday_Throws()
    {
        var act = () => Make(shortened: [D(2030, 3, 5)]);
        act.Should().Throw<ArgumentException>().WithParameterName("shortenedDays");
    }

    [Fact]
    public void Create_ShortenedDayOff_Throws()
    {
        var act = () => Make(shortened: [D(2030, 2, 23)]);
        act.Should().Throw<ArgumentException>().WithParameterName("shortenedDays");
    }

    [Fact]
    public void Create_DateOutsideTheYear_Throws()
    {
        var act = () => Make(off: [D(2031, 3, 11)]);
        act.Should().Throw<ArgumentException>().WithParameterName("extraDaysOff");
    }

    [Fact]
    public void Create_RepeatedDate_Throws()
    {
        var act = () => Make(off: [D(2030, 3, 11), D(2030, 3, 11)]);
        act.Should().Throw<ArgumentException>().WithParameterName("extraDaysOff");
    }

    [Fact]
    public void Create_BlankDecree_Throws()
    {
        var act = () => ProductionYear.Create(2030, " ", [], [], []);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Create_DatesGivenOutOfOrder_AreListedInOrder()
    {
        var year = Make(off: [D(2030, 5, 10), D(2030, 1, 9)]);
        year.ExtraDaysOff.Should().Equal(D(2030, 1, 9), D(2030, 5, 10));
    }

    [Fact]
    public void WorkingHours_Always8TimesDaysLessShortened()
    {
        foreach (var year in RussianProductionCalendar.BuiltInYears)
        {
            year.WorkingHours.Should().Be((8 * year.WorkingDays) - year.ShortenedDays.Count);
        }
    }

    [Fact]
    public void FromLabourCode_HolidayOnWeekend_MovesToNextWeekdayExceptNewYear()
    {
        // 2023: 01.01 and 08.01 fall on Sundays (moved only by decree); 04.11 on a Saturday → Monday 06.11.
        var year = ProductionYear.FromLabourCode(2023);
        year.ExtraDaysOff.Should().Equal(D(2023, 11, 6));
        // Without the decree 08.05 stays a working day before the 9 May holiday, so art. 95 shortens it.
        year.ShortenedDays.Should().Equal(D(2023, 2, 22), D(2023, 3, 7), D(2023, 5, 8), D(2023, 11, 3));
    }

    [Fact]
    public void FromLabourCode_TwoWeekendHolidaysInARow_MoveToDistinctWeekdays()
    {
        // 2027: 01.05 (Saturday) → Monday 03.05; 09.05 (Sunday) → Monday 10.05; 12.06 (Saturday) → Monday 14.06.
        ProductionYear.FromLabourCode(2027).ExtraDaysOff.Should().Equal(D(2027, 5, 3), D(2027, 5, 10), D(2027, 6, 14));
    }

    [Fact]
    public void Create_WorkingWeekendDaysAndShortenedDaysOutOfOrder_AreListedInOrder()
    {
        // 2030: Saturdays 16.03 and 02.11 made working; 07.03 and 30.04 are eves of holidays.
        var year = Make(working: [D(2030, 11, 2), D(2030, 3, 16)], shortened: [D(2030, 4, 30), D(2030, 3, 7)]);
        year.WorkingWeekendDays.Should().Equal(D(2030, 3, 16), D(2030, 11, 2));
        year.ShortenedDays.Should().Equal(D(2030, 3, 7), D(2030, 4, 30));
    }

    [Fact]
    public void Create_CountsTheYearsDaysAndHours()
    {
        var plain = Make();
        var year = Make(off: [D(2030, 5, 10)], working: [D(2030, 3, 16)], shortened: [D(2030, 3, 7)]);
        year.WorkingDays.Should().Be(plain.WorkingDays, "one day off and one working Saturday cancel out");
        year.WorkingHours.Should().Be((8 * year.WorkingDays) - 1).And.Be(plain.WorkingHours - 1);
        var computed = ProductionYear.FromLabourCode(2030);
        computed.WorkingHours.Should().Be((8 * computed.WorkingDays) - computed.ShortenedDays.Count);
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(9999)]
    public void Create_YearOutOfRange_Throws(int year)
    {
        var create = () => ProductionYear.Create(year, "test decree", [], [], []);
        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(year));
        var compute = () => ProductionYear.FromLabourCode(year);
        compute.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(year));
    }

    [Fact]
    public void Create_BadDate_MessageNamesTheDate()
    {
        ((Action)(() => Make(off: [D(2030, 3, 9)]))).Should().Throw<ArgumentException>().WithMessage("Extra day off 2030-03-09 *");
        ((Action)(() => Make(working: [D(2030, 3, 11)]))).Should().Throw<ArgumentException>().WithMessage("Working weekend day 2030-03-11 *");
        ((Action)(() => Make(shortened: [D(2030, 3, 11)]))).Should().Throw<ArgumentException>().WithMessage("Shortened day 2030-03-11 *");
        ((Action)(() => Make(off: [D(2031, 3, 11)]))).Should().Throw<ArgumentException>().WithMessage("Date 2031-03-11 is outside 2030 or repeated.*");
    }

    [Fact]
    public void ToString_ShowsTheTotalsAndWhetherADecreeIsBehindThem()
    {
        var year = Make();
        year.ToString().Should().Be($"2030: {year.WorkingDays} working days, {year.WorkingHours} h");
        var computed = ProductionYear.FromLabourCode(2030);
        computed.ToString().Should().Be($"2030: {computed.WorkingDays} working days, {computed.WorkingHours} h (Labour Code only)");
    }
}
