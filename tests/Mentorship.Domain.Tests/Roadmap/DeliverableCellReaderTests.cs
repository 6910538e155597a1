using Mentorship.Domain.Roadmap;

namespace Mentorship.Domain.Tests.Roadmap;

/// <summary>
/// How a result cell splits into a preamble and numbered deliverables: which «n.» starts an item (not one inside a
/// word, after a dot or before a digit, and only in the order 1, 2, 3…), and which trailing bracket is a timing.
/// </summary>
public class DeliverableCellReaderTests
{
    private static string Read(string cell, HalfYearBasis halfYears = HalfYearBasis.SchoolYear)
    {
        var (preamble, deliverables) = DeliverableCellReader.Read(cell, halfYears);
        var items = deliverables.Select(d => $"{d.Index}«{d.Title}»" + (d.TimingText is { } t ? $"({t})" : string.Empty));
        return (preamble is null ? string.Empty : $"[{preamble}] ") + string.Join(" ", items);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("Справка", "1«Справка»")]
    [InlineData("  Справка  ", "1«Справка»")]
    [InlineData("1. Приказ 2. Положение", "1«Приказ» 2«Положение»")]
    [InlineData("1.Приказ 2.Положение", "1«Приказ» 2«Положение»")]
    [InlineData("Пакет актов: 1.Приказ 2. Положение", "[Пакет актов:] 1«Приказ» 2«Положение»")]
    [InlineData("1. Приказ 3. Отчёт", "1«Приказ 3. Отчёт»")]
    [InlineData("1. Приказ 2.", "1«Приказ» 2«—»")]
    [InlineData("1. План на 2.1 этап", "1«План на 2.1 этап»")]
    [InlineData("1. Отчёт за 12. 2. Справка", "1«Отчёт за 12.» 2«Справка»")]
    [InlineData("1. Форма а2. Справка", "1«Форма а2. Справка»")]
    [InlineData("1. Форма .2. Справка", "1«Форма .2. Справка»")]
    [InlineData("1. Приказ 2. Положение 1. Отчёт", "1«Приказ» 2«Положение 1. Отчёт»")]
    [InlineData("2. Раньше 1. Приказ 2. Положение", "[2. Раньше] 1«Приказ» 2«Положение»")]
    [InlineData("(1. Приказ) 2. Положение", "[(] 1«Приказ)» 2«Положение»")]
    [InlineData("1.", "1«—»")]
    public void Cell_SplitsAtEachNextNumber(string cell, string read)
    {
        Read(cell).Should().Be(read);
    }

    [Theory]
    [InlineData("1. Приказ (апрель)", "1«Приказ»(апрель)")]
    [InlineData("1. Приказ (апрель).", "1«Приказ»(апрель)")]
    [InlineData("1. Приказ (апрель) ; ", "1«Приказ»(апрель)")]
    [InlineData("1. Приказ ( до 15 мая ),", "1«Приказ»(до 15 мая)")]
    [InlineData("1. Приказ (о наставничестве) (май)", "1«Приказ (о наставничестве)»(май)")]
    [InlineData("1. Приказ (после итогов)", "1«Приказ (после итогов)»")]
    [InlineData("1. (апрель)", "1«(апрель)»")]
    [InlineData("1. Приказ ()", "1«Приказ ()»")]
    [InlineData("1. Приказ (  )", "1«Приказ (  )»")]
    [InlineData("1. Приказ апрель)", "1«Приказ апрель)»")]
    [InlineData("Приказ (сентябрь)", "1«Приказ»(сентябрь)")]
    public void TrailingBracket_IsTheTimingOnlyWhenItReads(string cell, string read)
    {
        Read(cell).Should().Be(read);
    }

    [Fact]
    public void BracketedHalfYear_IsReadWithTheBasisGiven()
    {
        var school = DeliverableCellReader.Read("1. Отчёт (I полугодие)", HalfYearBasis.SchoolYear).Deliverables[0].Timing!;
        var calendar = DeliverableCellReader.Read("1. Отчёт (I полугодие)", HalfYearBasis.CalendarYear).Deliverables[0].Timing!;

        school.WindowsFor(2026)[0].Start.Month.Should().Be(9);
        calendar.WindowsFor(2026)[0].Start.Month.Should().Be(1);
        DeliverableCellReader.Read("Отчёт (II полугодие)", HalfYearBasis.CalendarYear).Deliverables[0].Timing!.WindowsFor(2026)[0].Start.Month.Should().Be(7);
    }
}
