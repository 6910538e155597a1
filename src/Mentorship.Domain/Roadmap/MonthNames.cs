using System.Collections.Generic;
using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Roadmap;

/// <summary>Russian month names and month arithmetic shared by the timings and their parser.</summary>
internal static class MonthNames
{
    public const int MinYear = 1900;
    public const int MaxYear = 9998;

    private static readonly string[] Nominative =
    [
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ];

    private static readonly string[] Genitive =
    [
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря",
    ];

    private static readonly Dictionary<string, int> Forms = BuildForms();

    public static string NameOf(int month) => Nominative[month - 1];

    public static string GenitiveOf(int month) => Genitive[month - 1];

    /// <summary>A quarter's or a half's number in Roman numerals, as plans write them (1–4).</summary>
    public static string Roman(int number) => number switch
    {
        1 => "I",
        2 => "II",
        3 => "III",
        _ => "IV",
    };

    /// <summary>The last day of a month in a year, clamping <paramref name="day"/> to it (29 February in common years is the 28th).</summary>
    public static LocalDate Clamped(int year, int month, int day) =>
        new(year, month, System.Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month)));

    /// <summary>The month a lower-case word names (nominative, genitive or prepositional), or 0.</summary>
    public static int Parse(string word) => Forms.TryGetValue(word, out var month) ? month : 0;

    public static LocalDate First(int year, int month) => new(year, month, 1);

    public static LocalDate Last(int year, int month) =>
        new(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));

    public static int CheckYear(int year) => Guard.Against.OutOfRange(year, nameof(year), MinYear, MaxYear);

    /// <summary>
    /// Checks a written day of a month and its optional year (a date or a deadline): 29 February is allowed without a
    /// year, and read as the 28th in common years (<see cref="Clamped"/>).
    /// </summary>
    public static void CheckDay(int day, int month, int? year)
    {
        CheckMonth(month, nameof(month));
        if (year is not null)
        {
            CheckYear(year.Value);
        }

        Guard.Against.OutOfRange(day, nameof(day), 1, CalendarSystem.Iso.GetDaysInMonth(year ?? 2000, month));
    }

    /// <summary>A day as written in the plans: «15 сентября», «15 сентября 2025».</summary>
    public static string Written(int day, int month, int? year)
    {
        var text = $"{day.ToString(CultureInfo.InvariantCulture)} {GenitiveOf(month)}";
        return year is null ? text : $"{text} {year.Value.ToString(CultureInfo.InvariantCulture)}";
    }

    public static int CheckMonth(int month, string parameterName) => Guard.Against.OutOfRange(month, parameterName, 1, 12);

    private static Dictionary<string, int> BuildForms()
    {
        var forms = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < 12; i++)
        {
            forms[Nominative[i]] = i + 1;
            forms[Genitive[i]] = i + 1;
            var stem = Genitive[i].Substring(0, Genitive[i].Length - 1);
            forms[stem + "е"] = i + 1;
        }

        return forms;
    }
}
