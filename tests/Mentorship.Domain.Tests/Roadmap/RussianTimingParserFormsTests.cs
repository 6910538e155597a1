using Mentorship.Domain.Roadmap;

namespace Mentorship.Domain.Tests.Roadmap;

/// <summary>
/// The forms real schools' plans write, each read for 2026 (the school year 2026/27 for the forms a school year
/// anchors) and, where the year asked for matters, for the calendar year 2027 as well.
/// </summary>
public class RussianTimingParserFormsTests
{
    private static Timing Read(string text, HalfYearBasis halves = HalfYearBasis.SchoolYear)
    {
        var result = RussianTimingParser.Parse(text, halves);
        result.IsSuccess.Should().BeTrue(result.IsSuccess ? string.Empty : $"«{text}»: {result.Failure}");
        return result.Timing;
    }

    private static string Windows(Timing timing, int year) =>
        string.Join(" ", timing.WindowsFor(year).Select(w => $"{w.Start:yyyy-MM-dd}..{w.End:yyyy-MM-dd}"));

    [Theory]
    [InlineData("II квартал 2024 г.", "2024-04-01..2024-06-30", "2024-04-01..2024-06-30")]
    [InlineData("3 квартал", "2026-07-01..2026-09-30", "2027-07-01..2027-09-30")]
    [InlineData("I–II квартал", "2026-01-01..2026-06-30", "2027-01-01..2027-06-30")]
    [InlineData("I - II кварталы 2025 года", "2025-01-01..2025-06-30", "2025-01-01..2025-06-30")]
    [InlineData("IV квартал", "2026-10-01..2026-12-31", "2027-10-01..2027-12-31")]
    [InlineData("в 1-м квартале", "2026-01-01..2026-03-31", "2027-01-01..2027-03-31")]
    [InlineData("1 кв. 2025 г.", "2025-01-01..2025-03-31", "2025-01-01..2025-03-31")]
    [InlineData("третий квартал 2025г", "2025-07-01..2025-09-30", "2025-07-01..2025-09-30")]
    [InlineData("ІІ квартал", "2026-04-01..2026-06-30", "2027-04-01..2027-06-30")]
    public void Parse_Quarter_GivesTheCalendarQuarters(string text, string for2026, string for2027)
    {
        var timing = Read(text);
        timing.Should().BeOfType<QuarterTiming>();
        timing.Code.Should().Be("quarter");
        Windows(timing, 2026).Should().Be(for2026);
        Windows(timing, 2027).Should().Be(for2027);
    }

    [Theory]
    [InlineData("I полугодие", "2026-09-01..2026-12-31", "2026-01-01..2026-06-30")]
    [InlineData("2 полугодие", "2027-01-01..2027-05-31", "2026-07-01..2026-12-31")]
    [InlineData("второе полугодие", "2027-01-01..2027-05-31", "2026-07-01..2026-12-31")]
    [InlineData("в первом полугодии", "2026-09-01..2026-12-31", "2026-01-01..2026-06-30")]
    [InlineData("1-е полугодие", "2026-09-01..2026-12-31", "2026-01-01..2026-06-30")]
    [InlineData("I-II полугодие", "2026-09-01..2027-05-31", "2026-01-01..2026-12-31")]
    [InlineData("в течение I полугодия", "2026-09-01..2026-12-31", "2026-01-01..2026-06-30")]
    [InlineData("II полугодие 2025 г.", "2025-01-01..2025-05-31", "2025-07-01..2025-12-31")]
    [InlineData("I полугодие 2025 года", "2025-09-01..2025-12-31", "2025-01-01..2025-06-30")]
    public void Parse_HalfYear_SchoolHalvesByDefaultCalendarHalvesAsAPolicy(string text, string school, string calendar)
    {
        var timing = Read(text);
        timing.Code.Should().Be("half-year");
        Windows(timing, 2026).Should().Be(school);
        Windows(Read(text, HalfYearBasis.CalendarYear), 2026).Should().Be(calendar);
    }

    [Theory]
    [InlineData("I полугодие 2026-2027 учебного года", "2026-09-01..2026-12-31")]
    [InlineData("II полугодие 2026/2027 учебного года", "2027-01-01..2027-05-31")]
    [InlineData("2 полугодие 2026-27 уч. года", "2027-01-01..2027-05-31")]
    [InlineData("II полугодие учебного года", "2027-01-01..2027-05-31")]
    [InlineData("II полугодие календарного года", "2026-07-01..2026-12-31")]
    public void Parse_HalfYearThatNamesItsYear_WinsOverThePolicy(string text, string windows)
    {
        Windows(Read(text, HalfYearBasis.CalendarYear), 2026).Should().Be(windows);
        Windows(Read(text, HalfYearBasis.SchoolYear), 2026).Should().Be(windows);
    }

    [Theory]
    [InlineData("Март и апрель", "2026-03-01..2026-03-31 2026-04-01..2026-04-30")]
    [InlineData("ноябрь, февраль", "2026-11-01..2026-11-30 2027-02-01..2027-02-28")]
    [InlineData("сентябрь, декабрь, май", "2026-09-01..2026-09-30 2026-12-01..2026-12-31 2027-05-01..2027-05-31")]
    [InlineData("сентябрь – октябрь, март – апрель", "2026-09-01..2026-10-31 2027-03-01..2027-04-30")]
    [InlineData("в октябре и марте", "2026-10-01..2026-10-31 2027-03-01..2027-03-31")]
    [InlineData("ноябрь, февраль 2025 г.", "2024-11-01..2024-11-30 2025-02-01..2025-02-28")]
    [InlineData("ноябрь 2025, февраль", "2025-11-01..2025-11-30 2026-02-01..2026-02-28")]
    public void Parse_ListOfMonths_WrapsIntoTheNextYear(string text, string windows)
    {
        var timing = Read(text);
        timing.Code.Should().Be("month-list");
        Windows(timing, 2026).Should().Be(windows);
    }

    [Fact]
    public void Parse_ListThatRepeatsAMonth_IsSeveralTimingsEachInTheYearAsked()
    {
        var timing = Read("Май – декабрь, апрель, апрель");
        timing.Code.Should().Be("several");
        Windows(timing, 2026).Should().Be("2026-05-01..2026-12-31 2026-04-01..2026-04-30 2026-04-01..2026-04-30");
    }

    [Theory]
    [InlineData("15 декабря 2023 года", "date", "2023-12-15..2023-12-15")]
    [InlineData("01.02.2024", "date", "2024-02-01..2024-02-01")]
    [InlineData("01.02.2024 г.", "date", "2024-02-01..2024-02-01")]
    [InlineData("25 августа", "date", "2026-08-25..2026-08-25")]
    [InlineData("до 01.09.2024 г.", "deadline", "2024-09-01..2024-09-01")]
    [InlineData("в срок до 30 апреля 2024 года", "deadline", "2024-04-30..2024-04-30")]
    [InlineData("В срок до 30.04.2024", "deadline", "2024-04-30..2024-04-30")]
    [InlineData("не позднее 1 июня", "deadline", "2026-06-01..2026-06-01")]
    [InlineData("ежегодно до 1 сентября", "deadline", "2026-09-01..2026-09-01")]
    [InlineData("до 1 октября ежегодно", "deadline", "2026-10-01..2026-10-01")]
    [InlineData("до 5-го сентября", "deadline", "2026-09-05..2026-09-05")]
    [InlineData("09.2024", "month", "2024-09-01..2024-09-30")]
    public void Parse_DateOrDeadline_GivesThatDay(string text, string code, string windows)
    {
        var timing = Read(text);
        timing.Code.Should().Be(code);
        Windows(timing, 2026).Should().Be(windows);
    }

    [Theory]
    [InlineData("до 5 числа каждого месяца", 5)]
    [InlineData("ежемесячно до 10-го числа", 10)]
    [InlineData("до 31 числа ежемесячно", 31)]
    public void Parse_MonthlyDeadline_GivesThatDayOfEveryMonth(string text, int day)
    {
        var timing = Read(text);
        timing.Code.Should().Be("monthly-deadline");
        var windows = timing.WindowsFor(2026);
        windows.Should().HaveCount(12);
        windows.Should().OnlyContain(w => w.Start == w.End);
        windows[0].Start.Should().Be(new NodaTime.LocalDate(2026, 1, day));
        windows[1].Start.Should().Be(new NodaTime.LocalDate(2026, 2, Math.Min(day, 28)));
        windows[10].Start.Should().Be(new NodaTime.LocalDate(2026, 11, Math.Min(day, 30)));
    }

    [Theory]
    [InlineData("с 10 по 14 марта", "2026-03-10..2026-03-14")]
    [InlineData("С 25 мая по 5 июня", "2026-05-25..2026-06-05")]
    [InlineData("с 01.02.2024 по 07.02.2024", "2024-02-01..2024-02-07")]
    [InlineData("10–14 марта", "2026-03-10..2026-03-14")]
    [InlineData("с 25 декабря по 10 января", "2026-12-25..2027-01-10")]
    [InlineData("с 10 марта по 14 марта 2025 г.", "2025-03-10..2025-03-14")]
    [InlineData("с 25 декабря 2025 по 10 января", "2025-12-25..2026-01-10")]
    [InlineData("в период с 1 по 10 сентября", "2026-09-01..2026-09-10")]
    [InlineData("01.02.2024 - 07.02.2024", "2024-02-01..2024-02-07")]
    public void Parse_DayRange_GivesOneWindowWithBothEnds(string text, string windows)
    {
        var timing = Read(text);
        timing.Code.Should().Be("day-range");
        Windows(timing, 2026).Should().Be(windows);
    }

    [Theory]
    [InlineData("2023-2025 гг.", "years", "2023-01-01..2025-12-31")]
    [InlineData("2023–2025 годы", "years", "2023-01-01..2025-12-31")]
    [InlineData("2023-2025 г.г.", "years", "2023-01-01..2025-12-31")]
    [InlineData("2024 год", "years", "2024-01-01..2024-12-31")]
    [InlineData("в течение 2024 года", "years", "2024-01-01..2024-12-31")]
    [InlineData("с 2024 по 2026 год", "years", "2024-01-01..2026-12-31")]
    [InlineData("2023 – 2024 учебный год", "school-years", "2023-09-01..2024-05-31")]
    [InlineData("в течение 2023-2024 учебного года", "school-years", "2023-09-01..2024-05-31")]
    [InlineData("2026/27 уч. год", "school-years", "2026-09-01..2027-05-31")]
    [InlineData("на 2026-2027 учебный год", "school-years", "2026-09-01..2027-05-31")]
    [InlineData("в 2026 – 2027 учебном году", "school-years", "2026-09-01..2027-05-31")]
    [InlineData("2024-2026 учебные годы", "school-years", "2024-09-01..2026-05-31")]
    public void Parse_YearsAndSchoolYears_AreReadInTheirYears(string text, string code, string windows)
    {
        var timing = Read(text);
        timing.Code.Should().Be(code);
        Windows(timing, 2026).Should().Be(windows);
        Windows(timing, 2030).Should().Be(windows, "a year written wins over the year asked for");
    }

    [Theory]
    [InlineData("Постоянно", "through-year", "2026-01-01..2026-12-31")]
    [InlineData("по графику аттестации", "separate-plan", "")]
    [InlineData("По графику", "separate-plan", "")]
    [InlineData("согласно плану работы школы на 2026 год", "separate-plan", "")]
    [InlineData("в соответствии с графиком курсовой подготовки", "separate-plan", "")]
    [InlineData("по плану методического объединения", "separate-plan", "")]
    [InlineData("по мере поступления молодых специалистов", "as-needed", "")]
    [InlineData("в течение года по мере поступления заявок", "several", "2026-01-01..2026-12-31")]
    [InlineData("в сентябре", "month", "2026-09-01..2026-09-30")]
    [InlineData("ежегодно в сентябре", "annual-window", "2026-09-01..2026-09-30")]
    [InlineData("в течение всего учебного года", "school-year", "2026-09-01..2027-05-31")]
    public void Parse_WordsForm_GivesItsKind(string text, string code, string windows)
    {
        var timing = Read(text);
        timing.Code.Should().Be(code);
        Windows(timing, 2026).Should().Be(windows);
    }

    [Theory]
    [InlineData("в каникулярное время", "Каникулы")]
    [InlineData("после подведения итогов", "событию")]
    [InlineData("в срок", "в срок до 30 апреля")]
    [InlineData("в срок до конца года", "до 15 сентября")]
    [InlineData("с 1 сентября", "с 10 по 14 марта")]
    [InlineData("до сентября", "до 30 сентября")]
    [InlineData("V квартал", "II квартал")]
    [InlineData("III полугодие", "второе полугодие")]
    [InlineData("до 5 числа", "каждого месяца")]
    [InlineData("март и систематически", "март и апрель")]
    [InlineData("2024 учебный год", "2025 – 2026 учебный год")]
    [InlineData("по запросу", "по мере необходимости")]
    public void Parse_Refused_HintFitsThePhrase(string text, string hintPart)
    {
        var result = RussianTimingParser.Parse(text);
        result.IsSuccess.Should().BeFalse();
        result.Failure.Hint.Should().Contain(hintPart);
    }

    [Fact]
    public void Parse_DeadlinePhrase_IsNotToldToWriteThroughTheYear()
    {
        var failure = RussianTimingParser.Parse("в срок до конца года").Failure;
        failure.Hint.Should().NotContain("в течение");
        failure.Message.Should().Contain("до");
    }

    [Theory]
    [InlineData("с 10 по 14 марта 2025 – 2024", TimingParseError.Unrecognized)]
    [InlineData("с 14 марта 2025 по 10 марта 2025", TimingParseError.ReversedRange)]
    [InlineData("с 14 по 10 марта", TimingParseError.ReversedRange)]
    [InlineData("с 28 по 3 марта 2026 г.", TimingParseError.ReversedRange)]
    [InlineData("2025-2023 гг.", TimingParseError.ReversedRange)]
    [InlineData("2024-2024 учебный год", TimingParseError.ReversedRange)]
    [InlineData("II-I квартал", TimingParseError.ReversedRange)]
    [InlineData("с 30 по 31 февраля", TimingParseError.NoSuchDate)]
    [InlineData("30.02.2025", TimingParseError.NoSuchDate)]
    [InlineData("ежегодно до 1 сентября 2025", TimingParseError.YearInAnnualWindow)]
    [InlineData("до 1 сентября 2025 ежегодно", TimingParseError.YearInAnnualWindow)]
    [InlineData("1800-1900 гг.", TimingParseError.YearOutOfRange)]
    [InlineData("с 10 марта по 2025 год", TimingParseError.Unrecognized)]
    [InlineData("I полугодие 2024-2026 учебного года", TimingParseError.Unrecognized)]
    public void Parse_MalformedForm_NamesTheError(string text, TimingParseError error)
    {
        var result = RussianTimingParser.Parse(text);
        result.IsSuccess.Should().BeFalse();
        result.Failure.Error.Should().Be(error);
    }
}
