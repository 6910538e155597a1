using CsCheck;
using Mentorship.Domain.Roadmap;
using NodaTime;

namespace Mentorship.Domain.Tests.Roadmap;

public class RussianTimingParserTests
{
    private static Timing Read(string text)
    {
        var result = RussianTimingParser.Parse(text);
        result.IsSuccess.Should().BeTrue(result.IsSuccess ? string.Empty : result.Failure.ToString());
        return result.Timing;
    }

    private static string Windows(Timing timing, int year) =>
        string.Join(" ", timing.WindowsFor(year).Select(w => $"{w.Start:yyyy-MM-dd}..{w.End:yyyy-MM-dd}"));

    [Theory]
    [InlineData("Апрель-август 2022", "month-range", "2022-04-01..2022-08-31")]
    [InlineData("апрель – август 2022 г.", "month-range", "2022-04-01..2022-08-31")]
    [InlineData("АПРЕЛЬ—АВГУСТ   2022г.", "month-range", "2022-04-01..2022-08-31")]
    [InlineData("Апрель-август", "month-range", "2025-04-01..2025-08-31")]
    [InlineData("сентябрь", "month", "2025-09-01..2025-09-30")]
    [InlineData("Февраль 2022", "month", "2022-02-01..2022-02-28")]
    [InlineData("Сентябрь 2022", "month", "2022-09-01..2022-09-30")]
    [InlineData("(апрель)", "month", "2025-04-01..2025-04-30")]
    [InlineData("сентябрь 2022 г. - май 2024 г.", "month-range", "2022-09-01..2024-05-31")]
    [InlineData("октябрь – май", "month-range", "2025-10-01..2026-05-31")]
    [InlineData("октябрь – май 2024", "month-range", "2023-10-01..2024-05-31")]
    [InlineData("сентябрь 2022 – май", "month-range", "2022-09-01..2023-05-31")]
    [InlineData("с сентября по май", "month-range", "2025-09-01..2026-05-31")]
    [InlineData("Ежегодно апрель - сентябрь", "annual-window", "2025-04-01..2025-09-30")]
    [InlineData("ежегодно октябрь–март", "annual-window", "2025-10-01..2026-03-31")]
    [InlineData("Ежегодно", "every-year", "2025-01-01..2025-12-31")]
    [InlineData("В течение года", "through-year", "2025-01-01..2025-12-31")]
    [InlineData("в течение учебного года", "school-year", "2025-09-01..2026-05-31")]
    [InlineData("ежеквартально", "quarterly", "2025-01-01..2025-03-31 2025-04-01..2025-06-30 2025-07-01..2025-09-30 2025-10-01..2025-12-31")]
    [InlineData("до 15 сентября", "deadline", "2025-09-15..2025-09-15")]
    [InlineData("до 15 сентября 2024 г.", "deadline", "2024-09-15..2024-09-15")]
    [InlineData("до 15.09.2024", "deadline", "2024-09-15..2024-09-15")]
    [InlineData("по отдельному плану", "separate-plan", "")]
    [InlineData("По мере необходимости", "as-needed", "")]
    [InlineData("Май –декабрь Апрель Апрель", "several", "2025-05-01..2025-12-31 2025-04-01..2025-04-30 2025-04-01..2025-04-30")]
    public void Parse_KnownPhrase_GivesKindAndWindowsFor2025(string text, string code, string windows)
    {
        var timing = Read(text);
        timing.Code.Should().Be(code);
        Windows(timing, 2025).Should().Be(windows);
    }

    [Fact]
    public void Parse_Monthly_GivesTwelveMonths()
    {
        var windows = Read("Ежемесячно").WindowsFor(2024);
        windows.Should().HaveCount(12);
        (windows[1].Start, windows[1].End).Should().Be((new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29)));
        windows[11].End.Should().Be(new LocalDate(2024, 12, 31));
    }

    [Fact]
    public void Parse_SeveralPhrases_KeepsThePartsInOrder()
    {
        var timing = (CompositeTiming)Read("Май –декабрь Апрель Апрель");
        timing.Parts.Select(p => p.Code).Should().Equal("month-range", "month", "month");
    }

    [Fact]
    public void Parse_DeadlineOn29FebruaryWithoutYear_FallsOn28InCommonYears()
    {
        Windows(Read("до 29 февраля"), 2025).Should().Be("2025-02-28..2025-02-28");
        Windows(Read("до 29 февраля"), 2024).Should().Be("2024-02-29..2024-02-29");
    }

    [Theory]
    [InlineData("", TimingParseError.Empty)]
    [InlineData("  ", TimingParseError.Empty)]
    [InlineData("систематически", TimingParseError.Unrecognized)]
    [InlineData("апрель 15", TimingParseError.Unrecognized)]
    [InlineData("апрель -", TimingParseError.Unrecognized)]
    [InlineData("- апрель", TimingParseError.Unrecognized)]
    [InlineData("в течение", TimingParseError.Unrecognized)]
    [InlineData("по", TimingParseError.Unrecognized)]
    [InlineData("до сентября", TimingParseError.Unrecognized)]
    [InlineData("до 31 февраля", TimingParseError.NoSuchDate)]
    [InlineData("до 31.13.2024", TimingParseError.NoSuchDate)]
    [InlineData("май 2024 – сентябрь 2022", TimingParseError.ReversedRange)]
    [InlineData("сентябрь 1800", TimingParseError.YearOutOfRange)]
    [InlineData("ежегодно апрель 2022", TimingParseError.YearInAnnualWindow)]
    [InlineData("апрель @", TimingParseError.Unrecognized)]
    public void Parse_Unreadable_NamesTheFailure(string text, TimingParseError error)
    {
        var result = RussianTimingParser.Parse(text);
        result.IsSuccess.Should().BeFalse();
        result.Failure.Error.Should().Be(error);
        result.Failure.Text.Should().Be(text);
    }

    [Fact]
    public void Parse_Unrecognized_PointsAtTheUnknownWord()
    {
        var failure = RussianTimingParser.Parse("апрель и систематически").Failure;
        failure.Position.Should().Be(9);
    }

    [Fact]
    public void TryParse_Null_IsFalse()
    {
        RussianTimingParser.TryParse(null, out var timing).Should().BeFalse();
        timing.Should().BeNull();
    }

    private static readonly Gen<string> TimingishText = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["абвгдеёжзийклмнопрстуфхцчшщыьэюя0123456789 .,-–—()г"], 0, 40],
        Gen.Select(
            Gen.OneOfConst("апрель", "май", "до", "ежегодно", "в", "течение", "года", "по", "2022", "г.", "-", "–", "15", "31.02.2024", "учебного", "мере", "с", "00", "99999999999", "II", "IV", "V", "1-й", "ежемесячно", "не позднее", "срок", "со", "на", "9998", "1900"),
            Gen.OneOfConst("апрель", "декабрь", "2024", "-", "года", "по", "плану", "необходимости", "9999", "0", "квартал", "полугодие", "числа", "и", ",", "/", "29 февраля", "01.12.9998", "24", "учебный год", "поступления"),
            Gen.OneOfConst(string.Empty, "сентябрь", "2022", "г", "—", "1.1.1", "каждого месяца", "по 5 марта", "2023-2024 учебного года", "г.г.", "и март", ", февраль 9998", "12.9998", "31"))
            .Select((a, b, c) => $"{a} {b} {c}"),
        Gen.Select(
            Gen.OneOfConst("с", "до", "в срок до", "", "ежегодно", "в течение", "I", "2 ", "9998", "с 31"),
            Gen.Int[0, 40],
            Gen.OneOfConst("декабря", "февраля", "квартал", "полугодие", "числа", "", "-", "по", "марта 9998", "гг.", "/"),
            Gen.OneOfConst("", "по 5 января", "9998", "– 1 января", "учебного года", "и ноябрь", ", январь", "2024", "-99"))
            .Select((a, n, b, c) => $"{a} {n} {b} {c}"));

    [Fact]
    public void Parse_ArbitraryText_NeverThrowsAndReadTimingsResolve()
    {
        TimingishText.Sample(text =>
        {
            var result = RussianTimingParser.Parse(text);
            if (result.IsSuccess)
            {
                // A timing may have no window in a year (e.g. «по необходимости»); those it has are never inverted.
                result.Timing.WindowsFor(2025).Where(w => w.Start > w.End).Should().BeEmpty();
            }
            else
            {
                result.Failure.Position.Should().BeInRange(0, Math.Max(0, text.Length));
                result.Failure.Message.Should().NotBeNullOrWhiteSpace();
            }
        }, iter: 20_000);
    }

    private static readonly Gen<Timing> Timings = Gen.OneOf(
        Gen.Select(Gen.Int[1, 12], Gen.Int[1, 12]).Select((a, b) => (Timing)MonthRangeTiming.Create(a, b)),
        Gen.Select(Gen.Int[2000, 2030], Gen.Int[1, 12], Gen.Int[0, 30]).Select((y, m, n) =>
        {
            var start = new YearMonth(y, m);
            return (Timing)MonthRangeTiming.Create(start, start.PlusMonths(n));
        }),
        Gen.Select(Gen.Int[1, 12], Gen.Int[1, 12]).Select((a, b) => (Timing)AnnualWindowTiming.Create(a, b)),
        Gen.Select(Gen.Int[1, 28], Gen.Int[1, 12]).Select((d, m) => (Timing)DeadlineTiming.Create(d, m)),
        Gen.Select(Gen.Int[1, 4], Gen.Int[0, 3], Gen.Int[1999, 2030], Gen.Bool).Select((q, n, y, dated) =>
            (Timing)QuarterTiming.Create(q, Math.Min(4, q + n), dated ? y : null)),
        Gen.Select(Gen.Int[1, 2], Gen.Bool, Gen.Int[1999, 2030], Gen.Bool).Select((h, both, y, dated) =>
            (Timing)HalfYearTiming.Create(h, both ? 2 : h, dated ? y : null, HalfYearBasis.SchoolYear)),
        Gen.Select(Gen.Int[1, 12], Gen.Int[1, 3], Gen.Int[1, 3]).Select((m, step, count) =>
            (Timing)MonthListTiming.Create(Enumerable.Range(0, count + 1).Select(k => MonthRangeTiming.Create(((m - 1 + (k * step)) % 12) + 1, ((m - 1 + (k * step)) % 12) + 1)))),
        Gen.Select(Gen.Int[1, 28], Gen.Int[1, 12], Gen.Int[1999, 2030], Gen.Bool).Select((d, m, y, dated) => (Timing)DateTiming.Create(d, m, dated ? y : null)),
        Gen.Select(Gen.Int[1, 28], Gen.Int[1, 12], Gen.Int[1, 60]).Select((d, m, n) =>
        {
            var start = new LocalDate(2000, m, d);
            var end = start.PlusDays(n);
            return (Timing)DayRangeTiming.Create(start.Day, start.Month, end.Day, end.Month);
        }),
        Gen.Select(Gen.Int[1999, 2030], Gen.Int[1, 400]).Select((y, n) =>
        {
            var start = new LocalDate(y, 1, 1).PlusDays(n);
            return (Timing)DayRangeTiming.Create(start, start.PlusDays(n % 50 + 1));
        }),
        Gen.Int[1, 31].Select(d => (Timing)MonthlyDeadlineTiming.Create(d)),
        Gen.Select(Gen.Int[1999, 2030], Gen.Int[0, 3]).Select((y, n) => (Timing)YearSpanTiming.Create(y, y + n)),
        Gen.Select(Gen.Int[1999, 2030], Gen.Int[1, 3]).Select((y, n) => (Timing)SchoolYearSpanTiming.Create(y, y + n)),
        Gen.OneOfConst<Timing>(
            EveryYearTiming.Instance, ThroughYearTiming.Instance, SchoolYearTiming.Instance, QuarterlyTiming.Instance,
            MonthlyTiming.Instance, SeparatePlanTiming.Instance, AsNeededTiming.Instance));

    [Fact]
    public void ToString_AnyTiming_ReadsBackToTheSameWindows()
    {
        Gen.Select(Timings, Timings, Gen.Bool).Sample((a, b, composite) =>
        {
            var timing = composite ? CompositeTiming.Create([a, b]) : a;
            var again = Read(timing.ToString());
            again.Code.Should().Be(timing.Code);
            again.WindowsFor(2025).Should().Equal(timing.WindowsFor(2025));
        });
    }
}
