using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;

namespace Mentorship.Domain.Common.Violations;

/// <summary>
/// Writes <see cref="RuleViolation"/>s for people: the catalogue's text of the code in one language with the
/// arguments put in (dates 12.10.2026, periods «с 01.09.2026 по 31.05.2027», numbers agreeing with their nouns),
/// or a host's own text for any code. Immutable; <see cref="WithText"/> returns a new formatter.
/// </summary>
/// <example><code>
/// var formatter = ViolationFormatter.For(CultureInfo.GetCultureInfo("en-GB"))
///     .WithText(MentorLoadRule.OverCapacity, "{mentor}: too many mentees ({load}) on {day}.");
/// var text = formatter.Format(violation);
/// </code></example>
public sealed class ViolationFormatter
{
    private readonly Dictionary<string, string> _texts;

    private ViolationFormatter(ViolationLanguage language, Dictionary<string, string> texts)
    {
        Language = language;
        _texts = texts;
    }

    /// <summary>Russian texts: the default of <see cref="RuleViolation.Message"/>.</summary>
    public static ViolationFormatter Russian { get; } = new(ViolationLanguage.Russian, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>English texts.</summary>
    public static ViolationFormatter English { get; } = new(ViolationLanguage.English, new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The language of the catalogue's texts this formatter uses.</summary>
    public ViolationLanguage Language { get; }

    /// <summary>The formatter for a culture: English for an English culture, Russian for any other.</summary>
    /// <param name="culture">The culture, e.g. <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The formatter.</returns>
    public static ViolationFormatter For(CultureInfo culture) =>
        Guard.Against.Null(culture).TwoLetterISOLanguageName == "en" ? English : Russian;

    /// <summary>A formatter that writes one code with the host's own text pattern (same syntax as the catalogue's:
    /// <c>{name}</c>, <c>{name|one|few|many}</c>).</summary>
    /// <param name="code">The code.</param>
    /// <param name="pattern">The text pattern; it may use the arguments the catalogue declares for the code.</param>
    /// <returns>A new formatter; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">The pattern names an argument the code does not have, or its braces do not
    /// close.</exception>
    public ViolationFormatter WithText(string code, string pattern)
    {
        Guard.Against.NullOrWhiteSpace(code);
        Guard.Against.NullOrWhiteSpace(pattern);
        var problem = ViolationPattern.Check(pattern, ViolationCatalog.TryGet(code, out var entry) ? entry.Arguments : [], Language);
        if (problem is not null)
        {
            throw new ArgumentException($"The text for {code}: {problem}", nameof(pattern));
        }

        var texts = new Dictionary<string, string>(_texts, StringComparer.Ordinal) { [code] = pattern };
        return new ViolationFormatter(Language, texts);
    }

    /// <summary>The text of a violation.</summary>
    /// <param name="violation">The violation.</param>
    /// <returns>The host's text for the code if it set one, else the catalogue's in <see cref="Language"/>, with the
    /// arguments put in; for a violation made with a ready message that a text cannot be filled from, that message.</returns>
    public string Format(RuleViolation violation)
    {
        Guard.Against.Null(violation);
        if (_texts.TryGetValue(violation.Code, out var own) && ViolationPattern.Fill(own, violation.Arguments, this) is { } text)
        {
            return text;
        }

        if (ViolationCatalog.TryGet(violation.Code, out var entry)
            && (violation.GivenMessage is null || Language == ViolationLanguage.Russian)
            && ViolationPattern.Fill(entry.Pattern(Language), violation.Arguments, this) is { } catalogued)
        {
            return catalogued;
        }

        return violation.GivenMessage
            ?? violation.Code + ": " + string.Join(", ", violation.Arguments.Select(a => a.Name + " = " + FormatArgument(a)));
    }

    /// <summary>The texts of all the violations of a rejection, one per line.</summary>
    /// <param name="rejection">The rejection.</param>
    /// <returns>The texts, in the rejection's order, joined by line breaks.</returns>
    public string Format(Rejection rejection) =>
        string.Join("\n", Guard.Against.Null(rejection).Violations.Select(Format));

    /// <summary>One argument as the texts write it: a date as 12.10.2026 (Russian) or 2026-10-12 (English), a period
    /// as «с 01.09.2026 по 31.05.2027» or «from 2026-09-01 to 2027-05-31», a topic by its Russian title in «»
    /// (its code in English), a term in the language's words.</summary>
    /// <param name="argument">The argument.</param>
    /// <returns>The text.</returns>
    public string FormatArgument(ViolationArgument argument)
    {
        Guard.Against.Null(argument);
        var russian = Language == ViolationLanguage.Russian;
        switch (argument.Kind)
        {
            case ViolationArgumentKind.Date:
                return FormatDate(argument.AsDate());
            case ViolationArgumentKind.Period:
                var period = argument.AsPeriod();
                return russian
                    ? "с " + FormatDate(period.Start) + " по " + FormatDate(period.End)
                    : "from " + FormatDate(period.Start) + " to " + FormatDate(period.End);
            case ViolationArgumentKind.Topic:
                return russian ? "«" + (argument.Title ?? argument.Value) + "»" : "'" + argument.Value + "'";
            case ViolationArgumentKind.Topics:
                return russian
                    ? argument.Title ?? string.Join(", ", argument.Value.Split(',').Select(c => "«" + c + "»"))
                    : argument.Value.Replace(",", ", ");
            case ViolationArgumentKind.Term:
                return ViolationTerms.Word(argument.Value, Language);
            default:
                return argument.Value;
        }
    }

    /// <summary>A date as the language writes it: 12.10.2026 in Russian, 2026-10-12 in English.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public string FormatDate(LocalDate date) =>
        date.ToString(Language == ViolationLanguage.Russian ? "dd.MM.uuuu" : "uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A number followed by the noun that agrees with it.</summary>
    internal string Count(long number, IReadOnlyList<string> forms)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        if (Language == ViolationLanguage.Russian)
        {
            return forms.Count == 3 ? n + " " + RussianPlural.Choose(number, forms[0], forms[1], forms[2]) : n;
        }

        return forms.Count == 2 ? n + " " + (number == 1 ? forms[0] : forms[1]) : n;
    }
}
