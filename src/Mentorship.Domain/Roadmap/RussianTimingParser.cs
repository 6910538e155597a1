using System.Collections.Generic;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// Reads the Russian timing phrases of roadmaps into <see cref="Timing"/> values. Case, spacing, the kind of
/// dash (-, ‐, ‒, –, —, −), «ё», brackets, quotes and the year markers «г.», «гг.», «г.г.», «год», «года», «годы»
/// do not matter.
/// </summary>
/// <remarks>
/// <para>Forms read:</para>
/// <list type="bullet">
/// <item>a month or a month range, with or without years: «сентябрь», «Февраль 2022», «Апрель-август 2022»,
/// «октябрь – май», «сентябрь 2022 г. - май 2024 г.», «с сентября по май», «в сентябре» (<see cref="MonthRangeTiming"/>);</item>
/// <item>a list of months or ranges joined by «и» or commas: «Март и апрель», «ноябрь, февраль» (<see cref="MonthListTiming"/>);
/// a list whose months repeat or span more than twelve months is read as several timings, each in its own year;</item>
/// <item>quarters: «II квартал 2024 г.», «3 квартал», «I–II квартал», «в 1-м квартале» (<see cref="QuarterTiming"/>);</item>
/// <item>half-years: «I полугодие», «2 полугодие», «второе полугодие», «I полугодие 2023-2024 учебного года»
/// (<see cref="HalfYearTiming"/>; the school year's halves unless the phrase or the <see cref="HalfYearBasis"/> given says otherwise);</item>
/// <item>a date in words or digits: «15 декабря 2023 года», «01.02.2024» (<see cref="DateTiming"/>);</item>
/// <item>a deadline: «до 15 сентября», «до 01.09.2024 г.», «в срок до 30 апреля 2024 года», «не позднее 1 июня»
/// (<see cref="DeadlineTiming"/>); a monthly deadline: «до 5 числа каждого месяца», «ежемесячно до 10-го числа»
/// (<see cref="MonthlyDeadlineTiming"/>);</item>
/// <item>a range of days: «с 10 по 14 марта», «С 25 мая по 5 июня», «с 01.02.2024 по 07.02.2024», «10–14 марта»
/// (<see cref="DayRangeTiming"/>);</item>
/// <item>years and school years: «2024 год», «2023-2025 гг.», «2023–2025 годы» (<see cref="YearSpanTiming"/>);
/// «2023 – 2024 учебный год», «в течение 2023-2024 учебного года», «2023/24 уч. год» (<see cref="SchoolYearSpanTiming"/>);</item>
/// <item>«Ежегодно апрель - сентябрь» (<see cref="AnnualWindowTiming"/>), «Ежегодно» alone (<see cref="EveryYearTiming"/>) and
/// «ежегодно во II квартале», which is the quarter or half-year itself (it comes every year);</item>
/// <item>«В течение года», «постоянно» (<see cref="ThroughYearTiming"/>), «в течение учебного года» (<see cref="SchoolYearTiming"/>);</item>
/// <item>«ежеквартально» (<see cref="QuarterlyTiming"/>), «ежемесячно» (<see cref="MonthlyTiming"/>);</item>
/// <item>«по отдельному плану», «по графику …», «согласно плану …», «в соответствии с планом …» (<see cref="SeparatePlanTiming"/>;
/// the words after the plan's name are kept only in the cell's text);</item>
/// <item>«по мере необходимости», «по мере поступления …» (<see cref="AsNeededTiming"/>);</item>
/// <item>several of these one after another, as «Май –декабрь Апрель Апрель» or «в течение года по мере поступления
/// заявок», a semicolon between them where a word alone would be ambiguous («ежегодно; июнь – август») (<see cref="CompositeTiming"/>).</item>
/// </list>
/// <para>
/// With only the end year written («Апрель-август 2022»), the start takes the same year, or the year before when
/// its month comes later («октябрь – май 2024» starts in October 2023); with only the start year written, the end
/// takes it, or the next year. Anything else is a <see cref="TimingParseFailure"/> with a Russian message and a hint
/// fitting the phrase; the parser never throws on any text and never guesses («в каникулярное время», «после
/// подведения итогов» are refused). Thread-safe.
/// </para>
/// </remarks>
public static partial class RussianTimingParser
{
    private const string GeneralHint =
        "Срок пишут месяцем («сентябрь», «март и апрель»), периодом («с 10 по 14 марта», «I квартал», «II полугодие»), " +
        "датой («15 декабря 2025 года», «до 01.09.2025») или словами «ежегодно», «в течение учебного года», «по отдельному плану».";

    /// <summary>Reads a phrase, taking half-years as the school year's halves.</summary>
    /// <param name="text">The phrase; null is treated as empty.</param>
    /// <returns>The timing, or why it could not be read.</returns>
    public static TimingParseResult Parse(string? text) => Parse(text, HalfYearBasis.SchoolYear);

    /// <summary>Reads a phrase.</summary>
    /// <param name="text">The phrase; null is treated as empty.</param>
    /// <param name="halfYears">Which halves «I полугодие» and «II полугодие» name when the phrase does not say.</param>
    /// <returns>The timing, or why it could not be read.</returns>
    public static TimingParseResult Parse(string? text, HalfYearBasis halfYears)
    {
        var source = text ?? string.Empty;
        var tokens = Tokenize(source);
        if (tokens.TrueForAll(t => t.Kind is TokenKind.Break or TokenKind.Comma))
        {
            return TimingParseResult.Failed(new TimingParseFailure(source, TimingParseError.Empty, 0, "Срок не указан.") { Hint = GeneralHint });
        }

        var reader = new Reader(source, tokens, halfYears is HalfYearBasis.CalendarYear ? HalfYearBasis.CalendarYear : HalfYearBasis.SchoolYear);
        var parts = new List<Timing>();
        while (true)
        {
            reader.SkipSeparators();
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

    private static bool IsSkipped(char c) =>
        char.IsWhiteSpace(c) || c is '.' or '(' or ')' or ':' or '«' or '»' or '"' or '“' or '”' or '„' or '\'';

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
            else if (c == ',')
            {
                tokens.Add(new Token(TokenKind.Comma, ",", i));
                i++;
            }
            else if (c == '/')
            {
                tokens.Add(new Token(TokenKind.Slash, "/", i));
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

                // The Cyrillic «і» stands in for the Latin «i» in Roman numerals typed on a Russian keyboard.
                var word = source.Substring(start, i - start).ToLowerInvariant().Replace('ё', 'е').Replace('і', 'i');
                tokens.Add(new Token(TokenKind.Word, word, start));
            }
            else if (c is >= '0' and <= '9')
            {
                var start = i;
                while (i < source.Length && source[i] is >= '0' and <= '9')
                {
                    i++;
                }

                // A numeric date dd.mm.yyyy (or mm.yyyy) is kept whole.
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
        Slash,
        Comma,
        Break,
        Other,
    }

    private enum PointKind
    {
        Day,
        Month,
        Year,
    }

    private sealed record Token(TokenKind Kind, string Text, int Position)
    {
        public int Month => Kind == TokenKind.Word ? MonthNames.Parse(Text) : 0;

        public bool Is(string word) => Kind == TokenKind.Word && Text == word;

        public bool IsAny(params string[] words) => Kind == TokenKind.Word && System.Array.IndexOf(words, Text) >= 0;
    }

    /// <summary>One end of a period: a day (its month 0 when not written), a month, or a year.</summary>
    private readonly record struct Point(PointKind Kind, int Day, int Month, int? Year, Token At);
}
