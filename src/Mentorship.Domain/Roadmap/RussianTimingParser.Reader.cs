using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <content>The recursive-descent reader over the tokens: one method per form, each failing with a hint that fits it.</content>
public static partial class RussianTimingParser
{
    private sealed class Reader(string source, List<Token> tokens, HalfYearBasis halfYears)
    {
        private static readonly string[] YearMarkers = ["г", "гг", "год", "года", "годы", "годов", "году"];
        private static readonly string[] SchoolWords = ["учебный", "учебного", "учебные", "учебных", "учебном", "уч"];
        private static readonly string[] QuarterWords = ["квартал", "квартала", "кварталы", "квартале", "кварталах", "кварталов", "кв"];
        private static readonly string[] HalfWords = ["полугодие", "полугодия", "полугодии", "полугодиях", "полугодий", "пол"];
        private static readonly string[] OrdinalSuffixes = ["й", "е", "я", "ий", "ый", "ой", "ое", "ом", "м", "го", "ого"];
        private static readonly string[] PlanWords = ["плану", "графику", "планам", "графикам", "планом", "графиком", "плана", "графика"];

        private int _index;

        public bool AtEnd => _index >= tokens.Count;

        private Token? Current => _index < tokens.Count ? tokens[_index] : null;

        private Token? Peek(int ahead) => _index + ahead < tokens.Count ? tokens[_index + ahead] : null;

        private Token Last => tokens[tokens.Count - 1];

        public void SkipSeparators()
        {
            while (Current is { Kind: TokenKind.Break or TokenKind.Comma })
            {
                _index++;
            }
        }

        public OneOf.OneOf<Timing, TimingParseFailure> ReadUnit()
        {
            var token = Current!;
            if (token.Month > 0)
            {
                return ReadMonthSequence();
            }

            if (token.Kind is TokenKind.Number or TokenKind.Date)
            {
                return ReadNumbered();
            }

            if (token.Kind != TokenKind.Word)
            {
                return Fail(TimingParseError.Unrecognized, token, $"Знак «{token.Text}» не читается как срок.", GeneralHint);
            }

            if (Ordinal(token) > 0)
            {
                return TryReadPeriod() ?? Fail(
                    TimingParseError.Unrecognized,
                    Current ?? token,
                    $"После «{Word(token)}» ожидается «квартал» или «полугодие».",
                    "Например: «II квартал 2025 г.», «второе полугодие».");
            }

            switch (token.Text)
            {
                case "ежегодно":
                    _index++;
                    return ReadAnnual(token);
                case "ежеквартально":
                    _index++;
                    return QuarterlyTiming.Instance;
                case "ежемесячно":
                    _index++;
                    return ReadMonthly();
                case "постоянно":
                    _index++;
                    return ThroughYearTiming.Instance;
                case "в" or "во":
                    _index++;
                    return ReadIn(token);
                case "по":
                    _index++;
                    return ReadBy(token);
                case "согласно":
                    _index++;
                    return ReadPlanReference(token);
                case "до":
                    _index++;
                    return ReadDeadline(token, monthly: false);
                case "не" when Peek(1) is { } next && next.IsAny("позднее", "позже"):
                    _index += 2;
                    return ReadDeadline(next, monthly: false);
                case "с" or "со":
                    _index++;
                    return ReadFromTo(token);
                case "на" when Peek(1) is { Kind: TokenKind.Number or TokenKind.Date }:
                    _index++;
                    return ReadNumbered();
                case "учебный" or "учебного" when Peek(1) is { } next && next.IsAny("год", "года"):
                    _index += 2;
                    return SchoolYearTiming.Instance;
                default:
                    return UnknownWord(token);
            }
        }

        private TimingParseFailure UnknownWord(Token token)
        {
            var message = $"Слово «{Word(token)}» не читается как срок.";
            if (token.Text.StartsWith("каникул", System.StringComparison.Ordinal))
            {
                return Fail(
                    TimingParseError.Unrecognized,
                    token,
                    message,
                    "Каникулы у школ приходятся на разные даты: напишите их даты, например «с 26 октября по 3 ноября».");
            }

            if (token.IsAny("после", "перед", "накануне", "итогам", "окончании", "завершении", "при"))
            {
                return Fail(
                    TimingParseError.Unrecognized,
                    token,
                    message,
                    "Срок, привязанный к другому событию, не переводится в даты: напишите месяц («июнь»), дату («до 15 июня 2025 г.») или период («с 10 по 14 июня»).");
            }

            return Fail(TimingParseError.Unrecognized, token, message, GeneralHint);
        }

        /// <summary>A unit that starts with a number or a numeric date: a quarter, a half, a day, a range or years.</summary>
        private OneOf.OneOf<Timing, TimingParseFailure> ReadNumbered()
        {
            if (TryReadPeriod() is { } period)
            {
                return period;
            }

            var first = ReadPoint();
            if (first.IsT1)
            {
                return first.AsT1;
            }

            var a = first.AsT0;
            if (Current is { Kind: TokenKind.Dash } || (a.Kind == PointKind.Year && Current is { Kind: TokenKind.Slash }))
            {
                _index++;
                var second = a.Kind == PointKind.Year ? ReadYearAfter(a) : ReadPoint();
                return second.IsT1 ? second.AsT1 : MakeRange(a, second.AsT0);
            }

            return MakeSingle(a);
        }

        /// <summary>A month or range, then more joined by «и» or commas.</summary>
        private OneOf.OneOf<Timing, TimingParseFailure> ReadMonthSequence()
        {
            var first = ReadMonthItem();
            if (first.IsT1)
            {
                return first.AsT1;
            }

            var items = new List<MonthRangeTiming> { first.AsT0 };
            while (Current is { } connector && (connector.Kind == TokenKind.Comma || connector.Is("и")))
            {
                var skip = Peek(1) is { } inWord && inWord.IsAny("в", "во") ? 2 : 1;
                if (Peek(skip) is not { Month: > 0 })
                {
                    if (connector.Is("и"))
                    {
                        return Fail(
                            TimingParseError.Unrecognized,
                            Peek(1) ?? connector,
                            "После «и» ожидается месяц.",
                            "Например: «март и апрель», «ноябрь, февраль».");
                    }

                    break;
                }

                _index += skip;
                var next = ReadMonthItem();
                if (next.IsT1)
                {
                    return next.AsT1;
                }

                items.Add(next.AsT0);
            }

            return items.Count == 1 ? items[0] : MakeList(items, Current ?? Last);
        }

        private OneOf.OneOf<MonthRangeTiming, TimingParseFailure> ReadMonthItem()
        {
            var first = ReadPoint();
            if (first.IsT1)
            {
                return first.AsT1;
            }

            OneOf.OneOf<Timing, TimingParseFailure> read;
            if (Current is { Kind: TokenKind.Dash })
            {
                _index++;
                if (Current is not { Month: > 0 })
                {
                    return Fail(TimingParseError.Unrecognized, Current ?? Last, "После тире ожидается последний месяц.", "Например: «апрель – август 2025 г.».");
                }

                var second = ReadPoint();
                if (second.IsT1)
                {
                    return second.AsT1;
                }

                read = MakeRange(first.AsT0, second.AsT0);
            }
            else
            {
                read = MakeSingle(first.AsT0);
            }

            return read.IsT1 ? read.AsT1 : (MonthRangeTiming)read.AsT0;
        }

        /// <summary>A list of months: written years spread to the others; out of order, the items are several timings.</summary>
        private OneOf.OneOf<Timing, TimingParseFailure> MakeList(List<MonthRangeTiming> items, Token at)
        {
            var firstDated = items.FindIndex(i => i.StartYear is not null);
            if (firstDated >= 0)
            {
                // Months counted from January of year 0: each undated item comes right after the one before it,
                // or, before the first dated item, right before the one after it.
                var spans = new (int Start, int End)[items.Count];
                spans[firstDated] = Span(items[firstDated]);
                for (var k = firstDated + 1; k < items.Count; k++)
                {
                    spans[k] = items[k].StartYear is not null ? Span(items[k]) : After(items[k], spans[k - 1].End);
                }

                for (var k = firstDated - 1; k >= 0; k--)
                {
                    spans[k] = Before(items[k], spans[k + 1].Start);
                }

                for (var k = 0; k < items.Count; k++)
                {
                    var (start, end) = spans[k];
                    if (start / 12 is < MonthNames.MinYear or > MonthNames.MaxYear || end / 12 is < MonthNames.MinYear or > MonthNames.MaxYear)
                    {
                        return Fail(TimingParseError.YearOutOfRange, at, "Год вне 1900–9998.", null);
                    }

                    items[k] = MonthRangeTiming.Create(new YearMonth(start / 12, (start % 12) + 1), new YearMonth(end / 12, (end % 12) + 1));
                }
            }

            return MonthListTiming.IsOrdered(items) ? MonthListTiming.Create(items) : CompositeTiming.Create(items);
        }

        private static (int Start, int End) Span(MonthRangeTiming dated) =>
            ((dated.StartYear!.Value * 12) + dated.StartMonth - 1, (dated.EndYear!.Value * 12) + dated.EndMonth - 1);

        private static int Length(MonthRangeTiming item) => (item.EndMonth - item.StartMonth + 12) % 12;

        private static (int Start, int End) After(MonthRangeTiming item, int previousEnd)
        {
            var start = (previousEnd / 12 * 12) + item.StartMonth - 1;
            while (start <= previousEnd)
            {
                start += 12;
            }

            return (start, start + Length(item));
        }

        private static (int Start, int End) Before(MonthRangeTiming item, int nextStart)
        {
            var end = (nextStart / 12 * 12) + item.EndMonth - 1;
            while (end >= nextStart)
            {
                end -= 12;
            }

            return (end - Length(item), end);
        }

        /// <summary>A single end: a day with its month, a month, or a year.</summary>
        private OneOf.OneOf<Timing, TimingParseFailure> MakeSingle(Point point)
        {
            switch (point.Kind)
            {
                case PointKind.Day when point.Month == 0:
                    return Fail(
                        TimingParseError.Unrecognized,
                        Current ?? point.At,
                        "После числа ожидается месяц.",
                        "Например: «15 декабря 2025 года» или «с 10 по 14 марта».");
                case PointKind.Day:
                    return DateTiming.Create(point.Day, point.Month, point.Year);
                case PointKind.Month:
                    return point.Year is int y
                        ? MonthRangeTiming.Create(new YearMonth(y, point.Month), new YearMonth(y, point.Month))
                        : MonthRangeTiming.Create(point.Month, point.Month);
                default:
                    if (Current is { } school && school.IsAny(SchoolWords))
                    {
                        return Fail(
                            TimingParseError.Unrecognized,
                            school,
                            "Учебный год называют двумя годами.",
                            "Например: «2025 – 2026 учебный год».");
                    }

                    return YearSpanTiming.Create(point.Year!.Value, point.Year.Value);
            }
        }

        /// <summary>A period from <paramref name="a"/> to <paramref name="b"/>, both of the same kind.</summary>
        private OneOf.OneOf<Timing, TimingParseFailure> MakeRange(Point a, Point b)
        {
            if (a.Kind != b.Kind || (a.Kind == PointKind.Day && b.Month == 0))
            {
                var hint = a.Kind == PointKind.Day || b.Kind == PointKind.Day
                    ? "Например: «с 10 по 14 марта», «с 25 мая по 5 июня», «с 01.02.2025 по 07.02.2025»."
                    : "Например: «с сентября по май», «2024 – 2026 гг.».";
                return Fail(TimingParseError.Unrecognized, b.At, "Начало и конец периода записаны по-разному.", hint);
            }

            switch (a.Kind)
            {
                case PointKind.Year:
                    var school = ReadSchoolWords();
                    if (b.Year < a.Year || (school && b.Year == a.Year))
                    {
                        return Fail(TimingParseError.ReversedRange, b.At, "Период кончается раньше, чем начинается.", null);
                    }

                    return school
                        ? SchoolYearSpanTiming.Create(a.Year!.Value, b.Year!.Value)
                        : YearSpanTiming.Create(a.Year!.Value, b.Year!.Value);
                case PointKind.Month:
                    return (a.Year, b.Year) switch
                    {
                        (null, null) => MonthRangeTiming.Create(a.Month, b.Month),
                        (int s, null) => MonthRange(a, s, b.Month < a.Month ? s + 1 : s, b),
                        (null, int e) => MonthRange(a, a.Month > b.Month ? e - 1 : e, e, b),
                        (int s, int e) => MonthRange(a, s, e, b),
                    };
                default:
                    var startMonth = a.Month == 0 ? b.Month : a.Month;
                    if (a.Day > CalendarSystem.Iso.GetDaysInMonth(a.Year ?? b.Year ?? 2000, startMonth))
                    {
                        return Fail(TimingParseError.NoSuchDate, a.At, "Такого дня нет.", null);
                    }

                    if (a.Month == 0 && a.Day > b.Day)
                    {
                        // «с 14 по 10 марта»: one month named for both days, the first after the last. Read as a year
                        // less four days it would be a slip of the pen turned into a plan; a period over a month's end
                        // names both months. A range that names its start month («с 14 марта по 10 марта», as
                        // DayRangeTiming.ToString writes a range over the year's end) is read as before.
                        return Fail(TimingParseError.ReversedRange, b.At, "Период кончается раньше, чем начинается.", "Если период переходит на другой месяц, назовите оба: «с 28 февраля по 3 марта».");
                    }

                    var startsLater = startMonth > b.Month || (startMonth == b.Month && a.Day > b.Day);
                    return (a.Year, b.Year) switch
                    {
                        (null, null) when startMonth == b.Month && a.Day == b.Day => DateTiming.Create(a.Day, startMonth),
                        (null, null) => DayRangeTiming.Create(a.Day, startMonth, b.Day, b.Month),
                        (int s, null) => DayRange(a, new(s, startMonth, a.Day), b, startsLater ? s + 1 : s),
                        (null, int e) => DayRange(a, new(startsLater ? e - 1 : e, startMonth, a.Day), b, e),
                        (int s, int e) => DayRange(a, new(s, startMonth, a.Day), b, e),
                    };
            }
        }

        private OneOf.OneOf<Timing, TimingParseFailure> DayRange(Point a, (int Year, int Month, int Day) start, Point b, int endYear)
        {
            if (start.Year is < MonthNames.MinYear or > MonthNames.MaxYear || endYear is < MonthNames.MinYear or > MonthNames.MaxYear)
            {
                return Fail(TimingParseError.YearOutOfRange, a.At, "Год вне 1900–9998.", null);
            }

            if (start.Day > CalendarSystem.Iso.GetDaysInMonth(start.Year, start.Month) || b.Day > CalendarSystem.Iso.GetDaysInMonth(endYear, b.Month))
            {
                return Fail(TimingParseError.NoSuchDate, a.At, "Такого дня нет.", null);
            }

            var first = new LocalDate(start.Year, start.Month, start.Day);
            var last = new LocalDate(endYear, b.Month, b.Day);
            if (last < first)
            {
                return Fail(TimingParseError.ReversedRange, b.At, "Период кончается раньше, чем начинается.", null);
            }

            return last == first ? DateTiming.Create(first.Day, first.Month, first.Year) : DayRangeTiming.Create(first, last);
        }

        private OneOf.OneOf<Timing, TimingParseFailure> MonthRange(Point first, int startYear, int endYear, Point second)
        {
            if (startYear is < MonthNames.MinYear or > MonthNames.MaxYear || endYear is < MonthNames.MinYear or > MonthNames.MaxYear)
            {
                return Fail(TimingParseError.YearOutOfRange, first.At, "Год вне 1900–9998.", null);
            }

            var start = new YearMonth(startYear, first.Month);
            var end = new YearMonth(endYear, second.Month);
            if (end.CompareTo(start) < 0)
            {
                return Fail(TimingParseError.ReversedRange, second.At, "Период кончается раньше, чем начинается.", null);
            }

            return MonthRangeTiming.Create(start, end);
        }

        /// <summary>A day («15», «15 декабря 2025 г.», «15.12.2025»), a month («сентябрь 2025») or a year («2025 г.»).</summary>
        private OneOf.OneOf<Point, TimingParseFailure> ReadPoint()
        {
            var token = Current;
            if (token is { Kind: TokenKind.Date })
            {
                _index++;
                SkipYearMarker();
                var pieces = token.Text.Split('.');
                if (pieces.Length == 2 && TryNumber(pieces[0], 2, out var mm) && pieces[1].Length == 4 && TryNumber(pieces[1], 4, out var yy))
                {
                    if (mm is < 1 or > 12)
                    {
                        return Fail(TimingParseError.NoSuchDate, token, "Такого месяца нет.", null);
                    }

                    return CheckYear(yy, token) is { } badYear ? badYear : new Point(PointKind.Month, 0, mm, yy, token);
                }

                if (pieces.Length != 3 || !TryNumber(pieces[0], 2, out var d) || !TryNumber(pieces[1], 2, out var m)
                    || pieces[2].Length != 4 || !TryNumber(pieces[2], 4, out var y))
                {
                    return Fail(TimingParseError.Unrecognized, token, $"Дата «{token.Text}» не читается.", "Дату в цифрах пишут так: «15.09.2025».");
                }

                return (CheckYear(y, token) ?? CheckDay(d, m, y, token)) is { } badDate ? badDate : new Point(PointKind.Day, d, m, y, token);
            }

            if (token is { Kind: TokenKind.Number })
            {
                if (token.Text.Length == 4 && TryNumber(token.Text, 4, out var year))
                {
                    _index++;
                    SkipYearMarker();
                    return CheckYear(year, token) is { } badYear ? badYear : new Point(PointKind.Year, 0, 0, year, token);
                }

                if (!TryNumber(token.Text, 2, out var day) || day is < 1 or > 31)
                {
                    return Fail(TimingParseError.Unrecognized, token, $"Число «{token.Text}» не читается как день или год.", "День пишут числом от 1 до 31, год — четырьмя цифрами.");
                }

                _index++;
                SkipOrdinalSuffix();
                if (Current is not { Month: > 0 } monthWord)
                {
                    return new Point(PointKind.Day, day, 0, null, token);
                }

                _index++;
                var written = ReadYear();
                if (written.IsT1)
                {
                    return written.AsT1;
                }

                return CheckDay(day, monthWord.Month, written.AsT0, token) is { } badDay ? badDay : new Point(PointKind.Day, day, monthWord.Month, written.AsT0, token);
            }

            if (token is { Month: > 0 })
            {
                _index++;
                var written = ReadYear();
                return written.IsT1 ? written.AsT1 : new Point(PointKind.Month, 0, token.Month, written.AsT0, token);
            }

            return Fail(
                TimingParseError.Unrecognized,
                token ?? Last,
                token is null ? "Период не закончен." : $"«{token.Text}» не читается как дата, месяц или год.",
                "Например: «с 10 по 14 марта», «с сентября по май», «2024 – 2026 гг.».");
        }

        /// <summary>The year after a dash or slash: four digits, or two for the next year of a school year («2023-24»).</summary>
        private OneOf.OneOf<Point, TimingParseFailure> ReadYearAfter(Point first)
        {
            if (Current is { Kind: TokenKind.Number, Text.Length: 2 } shortYear && TryNumber(shortYear.Text, 2, out var two))
            {
                var century = first.Year!.Value / 100 * 100;
                var full = century + two < first.Year ? century + 100 + two : century + two;
                _index++;
                SkipYearMarker();
                return CheckYear(full, shortYear) is { } badYear ? badYear : new Point(PointKind.Year, 0, 0, full, shortYear);
            }

            if (Current is not { Kind: TokenKind.Number, Text.Length: 4 })
            {
                return Fail(
                    TimingParseError.Unrecognized,
                    Current ?? Last,
                    "После года и тире ожидается последний год.",
                    "Например: «2024 – 2026 гг.», «2025 – 2026 учебный год».");
            }

            return ReadPoint();
        }

        /// <summary>«учебный год» and its forms after the years of a school year.</summary>
        private bool ReadSchoolWords()
        {
            if (Current is not { } word || !word.IsAny(SchoolWords))
            {
                return false;
            }

            _index++;
            if (Current is { } year && year.IsAny(YearMarkers))
            {
                _index++;
            }

            return true;
        }

        /// <summary>A quarter or half-year (or a run of them), or null with nothing read when the tokens are not one.</summary>
        private OneOf.OneOf<Timing, TimingParseFailure>? TryReadPeriod()
        {
            var start = _index;
            var firstToken = Current!;
            var first = ReadOrdinal();
            var last = first;
            if (first > 0 && Current is { Kind: TokenKind.Dash })
            {
                _index++;
                last = ReadOrdinal();
            }

            var isQuarter = Current is { } q && q.IsAny(QuarterWords);
            var isHalf = Current is { } h && h.IsAny(HalfWords);
            if (first == 0 || last == 0 || !(isQuarter || isHalf))
            {
                _index = start;
                return null;
            }

            var word = Current!;
            _index++;
            var count = isQuarter ? 4 : 2;
            if (first > count || last > count)
            {
                return Fail(
                    TimingParseError.Unrecognized,
                    firstToken,
                    isQuarter ? "Кварталов в году четыре." : "Полугодий в году два.",
                    isQuarter ? "Например: «II квартал 2025 г.», «I – II квартал»." : "Например: «I полугодие», «второе полугодие».");
            }

            if (last < first)
            {
                return Fail(TimingParseError.ReversedRange, word, "Период кончается раньше, чем начинается.", null);
            }

            return isQuarter ? ReadQuarterYear(first, last) : ReadHalfYearQualifier(first, last);
        }

        private OneOf.OneOf<Timing, TimingParseFailure> ReadQuarterYear(int first, int last)
        {
            var year = ReadYear();
            if (year.IsT1)
            {
                return year.AsT1;
            }

            if (Current is { } school && school.IsAny(SchoolWords))
            {
                return Fail(
                    TimingParseError.Unrecognized,
                    school,
                    "Кварталы считаются по календарному году.",
                    "Например: «II квартал 2025 г.»; для учебного года — «I полугодие 2025 – 2026 учебного года».");
            }

            return QuarterTiming.Create(first, last, year.AsT0);
        }

        /// <summary>What follows a half: nothing, a year, a school year («2023-2024 учебного года») or «учебного/календарного года».</summary>
        private OneOf.OneOf<Timing, TimingParseFailure> ReadHalfYearQualifier(int first, int last)
        {
            var basis = halfYears;
            int? year = null;
            if (Current is { Kind: TokenKind.Number, Text.Length: 4 })
            {
                var read = ReadPoint();
                if (read.IsT1)
                {
                    return read.AsT1;
                }

                year = read.AsT0.Year;
                if (Current is { Kind: TokenKind.Dash or TokenKind.Slash })
                {
                    _index++;
                    var second = ReadYearAfter(read.AsT0);
                    if (second.IsT1)
                    {
                        return second.AsT1;
                    }

                    if (!ReadSchoolWords() || second.AsT0.Year != year + 1)
                    {
                        return Fail(
                            TimingParseError.Unrecognized,
                            second.AsT0.At,
                            "Полугодие относится к одному учебному году.",
                            "Например: «I полугодие 2025 – 2026 учебного года».");
                    }

                    basis = HalfYearBasis.SchoolYear;
                    year = first == 1 ? year : year + 1;
                    return HalfYearTiming.Create(first, last, year, basis);
                }
            }

            if (Current is { } qualifier && qualifier.IsAny("учебного", "календарного") && Peek(1) is { } g && g.IsAny(YearMarkers))
            {
                basis = qualifier.Is("учебного") ? HalfYearBasis.SchoolYear : HalfYearBasis.CalendarYear;
                _index += 2;
            }

            return HalfYearTiming.Create(first, last, year, basis);
        }

        /// <summary>A Roman numeral, a number 1–4 with an optional «-й»/«-е», or an ordinal word; 0 when none.</summary>
        private int ReadOrdinal()
        {
            var token = Current;
            if (token is null)
            {
                return 0;
            }

            if (token is { Kind: TokenKind.Number, Text.Length: 1 } && token.Text[0] is >= '1' and <= '6')
            {
                _index++;
                SkipOrdinalSuffix();
                return token.Text[0] - '0';
            }

            var value = Ordinal(token);
            if (value > 0)
            {
                _index++;
            }

            return value;
        }

        private static int Ordinal(Token token) => token.Kind != TokenKind.Word ? 0 : token.Text switch
        {
            "i" or "первый" or "первое" or "первая" or "первом" or "первого" or "первой" => 1,
            "ii" or "второй" or "второе" or "вторая" or "втором" or "второго" => 2,
            "iii" or "третий" or "третье" or "третьем" or "третьего" => 3,
            "iv" or "четвертый" or "четвертое" or "четвертом" or "четвертого" => 4,

            // Read so that «V квартал» is told there are four quarters rather than that «V» is unknown.
            "v" or "vi" => token.Text.Length + 4,
            _ => 0,
        };

        private void SkipOrdinalSuffix()
        {
            if (Current is { Kind: TokenKind.Dash } && Peek(1) is { } suffix && suffix.IsAny(OrdinalSuffixes))
            {
                _index += 2;
            }
            else if (Current is { } attached && attached.IsAny(OrdinalSuffixes) && attached.Position > 0 && char.IsDigit(source[attached.Position - 1]))
            {
                _index++;
            }
        }

        private OneOf.OneOf<Timing, TimingParseFailure> ReadAnnual(Token start)
        {
            while (Current is { Kind: TokenKind.Comma })
            {
                _index++;
            }

            if (Current is { } inWord && inWord.IsAny("в", "во") && Peek(1) is { } next
                && (next.Month > 0 || next.Kind == TokenKind.Number || Ordinal(next) > 0))
            {
                _index++;
            }

            // «ежегодно во II квартале»: a quarter or half without a year already comes every year; read as the
            // whole year and the quarter beside it, the work would be due all year.
            if (Current is not null && TryReadPeriod() is { } period)
            {
                return period.IsT0 && period.AsT0 is QuarterTiming { Year: not null } or HalfYearTiming { Year: not null }
                    ? Fail(TimingParseError.YearInAnnualWindow, start, "Ежегодный срок не называет год.", "Например: «ежегодно во II квартале».")
                    : period;
            }

            if (Current is { } until && until.Is("до"))
            {
                _index++;
                var deadline = ReadDeadline(until, monthly: false);
                if (deadline.IsT0 && deadline.AsT0 is DeadlineTiming { Year: not null })
                {
                    return Fail(TimingParseError.YearInAnnualWindow, start, "Ежегодный срок не называет год.", "Например: «ежегодно до 1 сентября».");
                }

                return deadline;
            }

            if (Current is not { Month: > 0 })
            {
                return EveryYearTiming.Instance;
            }

            var read = ReadMonthItem();
            if (read.IsT1)
            {
                return read.AsT1;
            }

            var range = read.AsT0;
            if (range.StartYear is not null)
            {
                return Fail(TimingParseError.YearInAnnualWindow, start, "Ежегодный срок не называет год.", "Например: «ежегодно апрель – сентябрь».");
            }

            return AnnualWindowTiming.Create(range.StartMonth, range.EndMonth);
        }

        private OneOf.OneOf<Timing, TimingParseFailure> ReadMonthly()
        {
            var at = _index;
            while (Current is { Kind: TokenKind.Comma })
            {
                _index++;
            }

            if (Current is { } until && until.Is("до") && Peek(1) is { Kind: TokenKind.Number })
            {
                _index++;
                return ReadDeadline(until, monthly: true);
            }

            _index = at;
            return MonthlyTiming.Instance;
        }

        /// <summary>After «в»/«во»: «в течение …», «в срок до …», «в соответствии с планом …», «в период с … по …», a month or a period.</summary>
        private OneOf.OneOf<Timing, TimingParseFailure> ReadIn(Token start)
        {
            var token = Current;
            if (token is null)
            {
                return Fail(TimingParseError.Unrecognized, start, "После «в» срок не указан.", InHint);
            }

            if (token.IsAny("течение", "течении"))
            {
                _index++;
                return ReadThrough(token);
            }

            if (token.IsAny("срок", "сроки"))
            {
                _index++;
                if (Current is { } until && until.Is("до"))
                {
                    _index++;
                    return ReadDeadline(until, monthly: false);
                }

                if (Current is { } not && not.Is("не") && Peek(1) is { } later && later.IsAny("позднее", "позже"))
                {
                    _index += 2;
                    return ReadDeadline(later, monthly: false);
                }

                return Fail(
                    TimingParseError.Unrecognized,
                    Current ?? token,
                    "После «в срок» ожидается «до» и дата.",
                    "Например: «в срок до 30 апреля 2025 года» или «в срок до 30.04.2025».");
            }

            if (token.Is("соответствии") && Peek(1) is { } with && with.IsAny("с", "со"))
            {
                _index += 2;
                return ReadPlanReference(with);
            }

            if (token.Is("период") && Peek(1) is { } from && from.IsAny("с", "со"))
            {
                _index += 2;
                return ReadFromTo(from);
            }

            if (token.Month > 0 || token.Kind is TokenKind.Number or TokenKind.Date || Ordinal(token) > 0)
            {
                return ReadUnit();
            }

            if (token.Text.StartsWith("каникул", System.StringComparison.Ordinal))
            {
                return UnknownWord(token);
            }

            return Fail(TimingParseError.Unrecognized, token, $"После «в» слово «{Word(token)}» не читается как срок.", InHint);
        }

        private const string InHint =
            "После «в» пишут месяц («в сентябре»), период («в I квартале», «во втором полугодии»), «в течение учебного года» " +
            "или «в срок до 30 апреля 2025 г.».";

        private OneOf.OneOf<Timing, TimingParseFailure> ReadThrough(Token start)
        {
            const string Hint = "Например: «в течение года», «в течение учебного года», «в течение 2025 – 2026 учебного года», «в течение I полугодия».";
            if (Current is { } all && all.IsAny("всего", "календарного"))
            {
                _index++;
            }

            if (Current is { } year && year.Is("года"))
            {
                _index++;
                return ThroughYearTiming.Instance;
            }

            if (Current is { } school && school.Is("учебного"))
            {
                _index++;
                if (Current is { } schoolYear && schoolYear.Is("года"))
                {
                    _index++;
                    return SchoolYearTiming.Instance;
                }

                return Fail(TimingParseError.Unrecognized, Current ?? school, "Ожидается «в течение учебного года».", Hint);
            }

            if (Current is { } next && (next.Month > 0 || next.Kind is TokenKind.Number or TokenKind.Date || Ordinal(next) > 0))
            {
                return ReadUnit();
            }

            return Fail(TimingParseError.Unrecognized, Current ?? start, "После «в течение» ожидается год, учебный год или период.", Hint);
        }

        private OneOf.OneOf<Timing, TimingParseFailure> ReadBy(Token start)
        {
            const string Hint = "Например: «по отдельному плану», «по графику аттестации», «по мере необходимости», «по мере поступления заявок».";
            var token = Current;
            if (token is not null && token.IsAny("отдельному", "утвержденному", "согласованному") && Peek(1) is { } plan && plan.IsAny(PlanWords))
            {
                return SkipRest(SeparatePlanTiming.Instance);
            }

            if (token is not null && token.IsAny(PlanWords))
            {
                return SkipRest(SeparatePlanTiming.Instance);
            }

            if (token is not null && token.Is("мере"))
            {
                _index++;
                if (Current is { } need && need.Is("необходимости"))
                {
                    _index++;
                    return AsNeededTiming.Instance;
                }

                if (Current is { } arrival && arrival.Is("поступления"))
                {
                    return SkipRest(AsNeededTiming.Instance);
                }

                return Fail(TimingParseError.Unrecognized, Current ?? token, "Ожидается «по мере необходимости» или «по мере поступления …».", Hint);
            }

            if (token is not null && token.Is("необходимости"))
            {
                _index++;
                return AsNeededTiming.Instance;
            }

            return Fail(TimingParseError.Unrecognized, token ?? start, "После «по» ожидается отдельный план, график или «мере необходимости».", Hint);
        }

        private OneOf.OneOf<Timing, TimingParseFailure> ReadPlanReference(Token start)
        {
            if (Current is { } plan && plan.IsAny(PlanWords))
            {
                return SkipRest(SeparatePlanTiming.Instance);
            }

            return Fail(
                TimingParseError.Unrecognized,
                Current ?? start,
                $"После «{Word(start)}» ожидается план или график.",
                "Например: «согласно плану работы школы», «в соответствии с графиком аттестации».");
        }

        /// <summary>The rest of the timing up to «;» names the plan or what arrives; it is kept in the cell's text only.</summary>
        private Timing SkipRest(Timing timing)
        {
            while (Current is not null and not { Kind: TokenKind.Break })
            {
                _index++;
            }

            return timing;
        }

        /// <summary>After «до», «в срок до», «не позднее»: a date, or a day of every month.</summary>
        private OneOf.OneOf<Timing, TimingParseFailure> ReadDeadline(Token start, bool monthly)
        {
            const string Hint = "Например: «до 15 сентября 2025 г.», «до 15.09.2025», «до 5 числа каждого месяца».";
            var token = Current;
            if (token is { Kind: TokenKind.Number } && TryNumber(token.Text, 2, out var day))
            {
                var at = _index;
                _index++;
                SkipOrdinalSuffix();
                if (Current is { } date && date.Is("числа"))
                {
                    _index++;
                    if (Current is { } each && each.IsAny("каждого", "ежемесячного") && Peek(1) is { } month && month.Is("месяца"))
                    {
                        _index += 2;
                        monthly = true;
                    }
                    else if (Current is { } everyMonth && everyMonth.Is("ежемесячно"))
                    {
                        _index++;
                        monthly = true;
                    }

                    if (!monthly || day is < 1 or > 31)
                    {
                        return Fail(
                            TimingParseError.Unrecognized,
                            Current ?? date,
                            day is < 1 or > 31 ? "Такого дня нет." : "Не сказано, какого месяца.",
                            "Ежемесячный срок пишут так: «до 5 числа каждого месяца».");
                    }

                    return MonthlyDeadlineTiming.Create(day);
                }

                _index = at;
            }

            if (token is { Kind: TokenKind.Number or TokenKind.Date })
            {
                var point = ReadPoint();
                if (point.IsT1)
                {
                    return point.AsT1;
                }

                if (point.AsT0 is not { Kind: PointKind.Day, Month: > 0 } p)
                {
                    return Fail(TimingParseError.Unrecognized, Current ?? token, $"После «{Word(start)}» ожидается число и месяц.", Hint);
                }

                if (monthly)
                {
                    return Fail(TimingParseError.Unrecognized, token, "Ежемесячный срок называет только число.", "Например: «ежемесячно до 5 числа».");
                }

                // «до 1 октября ежегодно» is the yearly deadline, not a deadline plus the whole year.
                if (Current is { } yearly && yearly.Is("ежегодно"))
                {
                    if (p.Year is not null)
                    {
                        return Fail(TimingParseError.YearInAnnualWindow, yearly, "Ежегодный срок не называет год.", "Например: «ежегодно до 1 сентября».");
                    }

                    _index++;
                }

                return DeadlineTiming.Create(p.Day, p.Month, p.Year);
            }

            if (token is { Month: > 0 })
            {
                return Fail(
                    TimingParseError.Unrecognized,
                    token,
                    $"После «{Word(start)}» ожидается число: срок без числа не читается.",
                    $"Например: «до 30 {MonthNames.GenitiveOf(token.Month)}» или просто «{MonthNames.NameOf(token.Month)}».");
            }

            return Fail(TimingParseError.Unrecognized, token ?? start, $"После «{Word(start)}» ожидается дата.", Hint);
        }

        /// <summary>After «с»/«со»: «с 10 по 14 марта», «с 25 мая по 5 июня», «с сентября по май», «с 2024 по 2026 год».</summary>
        private OneOf.OneOf<Timing, TimingParseFailure> ReadFromTo(Token start)
        {
            const string Hint = "Например: «с 10 по 14 марта», «с 25 мая по 5 июня», «с 01.02.2025 по 07.02.2025», «с сентября по май».";
            if (Current is null || !(Current.Month > 0 || Current.Kind is TokenKind.Number or TokenKind.Date))
            {
                return Fail(TimingParseError.Unrecognized, Current ?? start, "После «с» ожидается начало периода.", Hint);
            }

            var first = ReadPoint();
            if (first.IsT1)
            {
                return first.AsT1;
            }

            if (Current is not { } to || !(to.IsAny("по", "до") || to.Kind == TokenKind.Dash))
            {
                return Fail(TimingParseError.Unrecognized, Current ?? Last, "После начала периода ожидается «по» и его конец.", Hint);
            }

            _index++;
            if (Current is null)
            {
                return Fail(TimingParseError.Unrecognized, to, "Конец периода не указан.", Hint);
            }

            var second = ReadPoint();
            return second.IsT1 ? second.AsT1 : MakeRange(first.AsT0, second.AsT0);
        }

        /// <summary>An optional four-digit year and its optional markers «г.», «гг.», «г.г.», «год», «года», «году».</summary>
        private OneOf.OneOf<int?, TimingParseFailure> ReadYear()
        {
            var token = Current;
            if (token is not { Kind: TokenKind.Number })
            {
                return (int?)null;
            }

            if (!TryNumber(token.Text, 4, out var year) || token.Text.Length != 4)
            {
                return Fail(TimingParseError.Unrecognized, token, $"Ожидается год из четырёх цифр, а не «{token.Text}».", "Например: «сентябрь 2025 г.», «15 декабря 2025 года».");
            }

            if (CheckYear(year, token) is { } bad)
            {
                return bad;
            }

            _index++;
            SkipYearMarker();
            return (int?)year;
        }

        private void SkipYearMarker()
        {
            if (Current is { } marker && marker.IsAny(YearMarkers))
            {
                _index++;

                // «г.г.» is two of them.
                if (marker.Is("г") && Current is { } again && again.Is("г"))
                {
                    _index++;
                }
            }
        }

        private TimingParseFailure? CheckYear(int year, Token at) =>
            year is < MonthNames.MinYear or > MonthNames.MaxYear
                ? Fail(TimingParseError.YearOutOfRange, at, "Год вне 1900–9998.", null)
                : null;

        private TimingParseFailure? CheckDay(int day, int month, int? year, Token at) =>
            month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year ?? 2000, month)
                ? Fail(TimingParseError.NoSuchDate, at, "Такой даты нет.", null)
                : null;

        private static bool TryNumber(string text, int maxDigits, out int value)
        {
            value = 0;
            return text.Length > 0 && text.Length <= maxDigits
                && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        /// <summary>The word as written in the phrase (for messages).</summary>
        private string Word(Token token) =>
            token.Kind == TokenKind.Word && token.Position + token.Text.Length <= source.Length
                ? source.Substring(token.Position, token.Text.Length)
                : token.Text;

        private TimingParseFailure Fail(TimingParseError error, Token at, string message, string? hint) =>
            new(source, error, at.Position, message) { Hint = hint };
    }
}
