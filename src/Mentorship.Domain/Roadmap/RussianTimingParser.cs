using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// Reads the Russian timing phrases of roadmaps into <see cref="Timing"/> values. Case, spacing, the kind of
/// dash (-, ‐, ‒, –, —, −), «ё», brackets and the year marker «г.» / «года» do not matter.
/// </summary>
/// <remarks>
/// <para>Forms read:</para>
/// <list type="bullet">
/// <item>a month or a month range, with or without years: «сентябрь», «Февраль 2022», «Апрель-август 2022»,
/// «октябрь – май», «сентябрь 2022 г. - май 2024 г.», «с сентября по май» (<see cref="MonthRangeTiming"/>);</item>
/// <item>«Ежегодно апрель - сентябрь» (<see cref="AnnualWindowTiming"/>) and «Ежегодно» alone (<see cref="EveryYearTiming"/>);</item>
/// <item>«В течение года» (<see cref="ThroughYearTiming"/>), «в течение учебного года» (<see cref="SchoolYearTiming"/>);</item>
/// <item>«ежеквартально» (<see cref="QuarterlyTiming"/>), «ежемесячно» (<see cref="MonthlyTiming"/>);</item>
/// <item>«до 15 сентября», «до 15 сентября 2025 г.», «до 15.09.2025» (<see cref="DeadlineTiming"/>);</item>
/// <item>«по отдельному плану» (<see cref="SeparatePlanTiming"/>), «по мере необходимости» (<see cref="AsNeededTiming"/>);</item>
/// <item>several of these one after another, as «Май –декабрь Апрель Апрель», a semicolon between them where a
/// word alone would be ambiguous («ежегодно; июнь – август») (<see cref="CompositeTiming"/>).</item>
/// </list>
/// <para>
/// With only the end year written («Апрель-август 2022»), the start takes the same year, or the year before when
/// its month comes later («октябрь – май 2024» starts in October 2023); with only the start year written, the end
/// takes it, or the next year. Anything else is a <see cref="TimingParseFailure"/>; the parser never throws on
/// any text and never guesses. Thread-safe.
/// </para>
/// </remarks>
public static class RussianTimingParser
{
    /// <summary>Reads a phrase.</summary>
    /// <param name="text">The phrase; null is treated as empty.</param>
    /// <returns>The timing, or why it could not be read.</returns>
    public static TimingParseResult Parse(string? text)
    {
        var source = text ?? string.Empty;
        var tokens = Tokenize(source);
        if (tokens.TrueForAll(t => t.Kind == TokenKind.Break))
        {
            return TimingParseResult.Failed(new TimingParseFailure(source, TimingParseError.Empty, 0, "The timing is empty."));
        }

        var reader = new Reader(source, tokens);
        var parts = new List<Timing>();
        while (true)
        {
            reader.SkipBreaks();
            if (reader.AtEnd)
            {
                break;
            }

            var part = reader.ReadUnit();
            if (part.IsT1)
            {
                return TimingParseResult.Failed(part.AsT1);
            }

            parts.Add(part.AsT0);
        }

        return TimingParseResult.Success(parts.Count == 1 ? parts[0] : CompositeTiming.Create(parts));
    }

    /// <summary>Reads a phrase without a result object.</summary>
    /// <param name="text">The phrase.</param>
    /// <param name="timing">The timing when the phrase was read.</param>
    /// <returns>Whether the phrase was read.</returns>
    public static bool TryParse(string? text, out Timing? timing)
    {
        var result = Parse(text);
        timing = result.IsSuccess ? result.Timing : null;
        return result.IsSuccess;
    }

    private static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    private static bool IsSkipped(char c) => char.IsWhiteSpace(c) || c is ',' or '.' or '(' or ')' or ':';

    private static List<Token> Tokenize(string source)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (IsSkipped(c))
            {
                i++;
            }
            else if (c == ';')
            {
                // A semicolon separates timings: «ежегодно; июнь – февраль» is two of them.
                tokens.Add(new Token(TokenKind.Break, ";", i));
                i++;
            }
            else if (IsDash(c))
            {
                tokens.Add(new Token(TokenKind.Dash, "-", i));
                i++;
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < source.Length && char.IsLetter(source[i]))
                {
                    i++;
                }

                var word = source.Substring(start, i - start).ToLowerInvariant().Replace('ё', 'е');
                tokens.Add(new Token(TokenKind.Word, word, start));
            }
            else if (c is >= '0' and <= '9')
            {
                var start = i;
                while (i < source.Length && source[i] is >= '0' and <= '9')
                {
                    i++;
                }

                // A numeric date dd.mm.yyyy is kept whole.
                if (i + 1 < source.Length && source[i] == '.' && char.IsDigit(source[i + 1]))
                {
                    while (i < source.Length && (source[i] == '.' || source[i] is >= '0' and <= '9'))
                    {
                        i++;
                    }

                    tokens.Add(new Token(TokenKind.Date, source.Substring(start, i - start).TrimEnd('.'), start));
                }
                else
                {
                    tokens.Add(new Token(TokenKind.Number, source.Substring(start, i - start), start));
                }
            }
            else
            {
                tokens.Add(new Token(TokenKind.Other, c.ToString(), i));
                i++;
            }
        }

        return tokens;
    }

    private enum TokenKind
    {
        Word,
        Number,
        Date,
        Dash,
        Break,
        Other,
    }

    private sealed record Token(TokenKind Kind, string Text, int Position)
    {
        public int Month => Kind == TokenKind.Word ? MonthNames.Parse(Text) : 0;

        public bool Is(string word) => Kind == TokenKind.Word && Text == word;
    }

    private sealed class Reader(string source, List<Token> tokens)
    {
        private int _index;

        public bool AtEnd => _index >= tokens.Count;

        public void SkipBreaks()
        {
            while (Current is { Kind: TokenKind.Break })
            {
                _index++;
            }
        }

        private Token? Current => _index < tokens.Count ? tokens[_index] : null;

        public OneOf.OneOf<Timing, TimingParseFailure> ReadUnit()
        {
            var token = Current!;
            if (token.Month > 0)
            {
                return ReadMonths(null);
            }

            if (token.Kind != TokenKind.Word)
            {
                return Fail(TimingParseError.Unrecognized, token, $"Expected a month or a timing word, found '{token.Text}'.");
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
                    return MonthlyTiming.Instance;
                case "в":
                    return ReadThrough(token);
                case "по":
                    return ReadBy(token);
                case "до":
                    _index++;
                    return ReadDeadline(token);
                case "с":
                    _index++;
                    if (Current is not { Month: > 0 })
                    {
                        return Fail(TimingParseError.Unrecognized, Current ?? token, "Expected a month after «с».");
                    }

                    return ReadMonths("по");
                default:
                    return Fail(TimingParseError.Unrecognized, token, $"Unknown word '{token.Text}'.");
            }
        }

        private OneOf.OneOf<Timing, TimingParseFailure> ReadAnnual(Token start)
        {
            if (Current is not { Month: > 0 })
            {
                return EveryYearTiming.Instance;
            }

            var read = ReadMonths(null);
            if (read.IsT1)
            {
                return read;
            }

            var range = (MonthRangeTiming)read.AsT0;
            if (range.StartYear is not null)
            {
                return Fail(TimingParseError.YearInAnnualWindow, start, "An annual window names no year.");
            }

            return AnnualWindowTiming.Create(range.StartMonth, range.EndMonth);
        }

        private OneOf.OneOf<Timing, TimingParseFailure> ReadThrough(Token start)
        {
            _index++;
            if (Current is not null && (Current.Is("течение") || Current.Is("течении")))
            {
                _index++;
                if (Current is not null && (Current.Is("всего") || Current.Is("календарного")))
                {
                    _index++;
                }

                if (Current is not null && Current.Is("года"))
                {
                    _index++;
                    return ThroughYearTiming.Instance;
                }

                if (Current is not null && Current.Is("учебного"))
                {
                    _index++;
                    if (Current is not null && Current.Is("года"))
                    {
                        _index++;
                        return SchoolYearTiming.Instance;
                    }
                }
            }

            return Fail(TimingParseError.Unrecognized, Current ?? start, "Expected «в течение года» or «в течение учебного года».");
        }

        private OneOf.OneOf<Timing, TimingParseFailure> ReadBy(Token start)
        {
            _index++;
            if (Current is not null && Current.Is("отдельному"))
            {
                _index++;
                if (Current is not null && Current.Is("плану"))
                {
                    _index++;
                    return SeparatePlanTiming.Instance;
                }
            }
            else if (Current is not null && Current.Is("мере"))
            {
                _index++;
                if (Current is not null && Current.Is("необходимости"))
                {
                    _index++;
                    return AsNeededTiming.Instance;
                }
            }
            else if (Current is not null && Current.Is("необходимости"))
            {
                _index++;
                return AsNeededTiming.Instance;
            }

            return Fail(TimingParseError.Unrecognized, Current ?? start, "Expected «по отдельному плану» or «по мере необходимости».");
        }

        private OneOf.OneOf<Timing, TimingParseFailure> ReadDeadline(Token start)
        {
            var token = Current;
            if (token is { Kind: TokenKind.Date })
            {
                _index++;
                var pieces = token.Text.Split('.');
                if (pieces.Length != 3 || !TryNumber(pieces[0], 2, out var d) || !TryNumber(pieces[1], 2, out var m)
                    || !TryNumber(pieces[2], 4, out var y))
                {
                    return Fail(TimingParseError.Unrecognized, token, "Expected a date written dd.mm.yyyy.");
                }

                return MakeDeadline(token, d, m, y);
            }

            if (token is not { Kind: TokenKind.Number } || !TryNumber(token.Text, 2, out var day))
            {
                return Fail(TimingParseError.Unrecognized, token ?? start, "Expected a day after «до».");
            }

            _index++;
            var monthToken = Current;
            if (monthToken is not { Month: > 0 })
            {
                return Fail(TimingParseError.Unrecognized, monthToken ?? token, "Expected a month after the day.");
            }

            _index++;
            var year = ReadYear();
            if (year.IsT1)
            {
                return year.AsT1;
            }

            return MakeDeadline(token, day, monthToken.Month, year.AsT0);
        }

        private OneOf.OneOf<Timing, TimingParseFailure> MakeDeadline(Token at, int day, int month, int? year)
        {
            if (year is < MonthNames.MinYear or > MonthNames.MaxYear)
            {
                return Fail(TimingParseError.YearOutOfRange, at, "The year is outside 1900–9998.");
            }

            if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year ?? 2000, month))
            {
                return Fail(TimingParseError.NoSuchDate, at, "There is no such date.");
            }

            return DeadlineTiming.Create(day, month, year);
        }

        /// <summary>month [year] [separator month [year]], the separator being a dash or the word given.</summary>
        private OneOf.OneOf<Timing, TimingParseFailure> ReadMonths(string? separatorWord)
        {
            var first = Current!;
            _index++;
            var startYear = ReadYear();
            if (startYear.IsT1)
            {
                return startYear.AsT1;
            }

            var hasSecond = separatorWord is null
                ? Current is { Kind: TokenKind.Dash }
                : Current is not null && Current.Is(separatorWord);
            if (!hasSecond)
            {
                if (separatorWord is not null)
                {
                    return Fail(TimingParseError.Unrecognized, Current ?? first, $"Expected «{separatorWord}» and the last month.");
                }

                return startYear.AsT0 is int y
                    ? MonthRangeTiming.Create(new YearMonth(y, first.Month), new YearMonth(y, first.Month))
                    : MonthRangeTiming.Create(first.Month, first.Month);
            }

            _index++;
            var second = Current;
            if (second is not { Month: > 0 })
            {
                return Fail(TimingParseError.Unrecognized, second ?? first, "Expected the last month of the range.");
            }

            _index++;
            var endYear = ReadYear();
            if (endYear.IsT1)
            {
                return endYear.AsT1;
            }

            return (startYear.AsT0, endYear.AsT0) switch
            {
                (null, null) => MonthRangeTiming.Create(first.Month, second.Month),
                (int s, null) => Range(first, s, second.Month < first.Month ? s + 1 : s, second),
                (null, int e) => Range(first, first.Month > second.Month ? e - 1 : e, e, second),
                (int s, int e) => Range(first, s, e, second),
            };
        }

        private OneOf.OneOf<Timing, TimingParseFailure> Range(Token first, int startYear, int endYear, Token second)
        {
            if (startYear is < MonthNames.MinYear or > MonthNames.MaxYear || endYear is < MonthNames.MinYear or > MonthNames.MaxYear)
            {
                return Fail(TimingParseError.YearOutOfRange, first, "The year is outside 1900–9998.");
            }

            var start = new YearMonth(startYear, first.Month);
            var end = new YearMonth(endYear, second.Month);
            if (end.CompareTo(start) < 0)
            {
                return Fail(TimingParseError.ReversedRange, second, "The range ends before it starts.");
            }

            return MonthRangeTiming.Create(start, end);
        }

        /// <summary>An optional four-digit year and its optional marker «г.», «гг.», «год», «года», «году».</summary>
        private OneOf.OneOf<int?, TimingParseFailure> ReadYear()
        {
            var token = Current;
            if (token is not { Kind: TokenKind.Number })
            {
                return (int?)null;
            }

            if (!TryNumber(token.Text, 4, out var year) || token.Text.Length != 4)
            {
                return Fail(TimingParseError.Unrecognized, token, $"Expected a four-digit year, found '{token.Text}'.");
            }

            if (year is < MonthNames.MinYear or > MonthNames.MaxYear)
            {
                return Fail(TimingParseError.YearOutOfRange, token, "The year is outside 1900–9998.");
            }

            _index++;
            if (Current is { Kind: TokenKind.Word } marker && marker.Text is "г" or "гг" or "год" or "года" or "году")
            {
                _index++;
            }

            return (int?)year;
        }

        private static bool TryNumber(string text, int maxDigits, out int value)
        {
            value = 0;
            return text.Length > 0 && text.Length <= maxDigits
                && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        private TimingParseFailure Fail(TimingParseError error, Token at, string message) =>
            new(source, error, at.Position, message);
    }
}
