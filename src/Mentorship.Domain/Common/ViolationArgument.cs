using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;

namespace Mentorship.Domain.Common;

/// <summary>
/// One argument of a <see cref="RuleViolation"/>: its name in the catalogue's texts, its kind and its value as
/// invariant text, so that it stores and travels as plain data (JSON, problem details) and formats again the same.
/// </summary>
/// <remarks>Never personal data: people, units and programmes are named by identifier.</remarks>
/// <param name="Name">The name the texts use, e.g. <c>day</c> for <c>{day}</c>.</param>
/// <param name="Kind">What the value is.</param>
/// <param name="Value">The value as invariant text: <c>uuuu-MM-dd</c> for a date, <c>start/end</c> for a period,
/// decimal digits for a number, the code for a topic (codes separated by commas for topics), <c>Type.Member</c>
/// for a term.</param>
/// <param name="Title">For a topic, the Russian title of the organisation's catalogue (for topics, the titles in
/// «» separated by commas), if known; otherwise <see langword="null"/>.</param>
public sealed record ViolationArgument(string Name, ViolationArgumentKind Kind, string Value, string? Title = null)
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    /// <summary>An identifier argument.</summary>
    /// <param name="name">The argument's name.</param>
    /// <param name="identifier">The identifier (never a name of a person).</param>
    /// <returns>The argument.</returns>
    public static ViolationArgument Identifier(string name, string identifier) =>
        new(Guard.Against.NullOrWhiteSpace(name), ViolationArgumentKind.Identifier, Guard.Against.Null(identifier));

    /// <summary>A text argument written as it is (a number of an order, a code of an item).</summary>
    /// <param name="name">The argument's name.</param>
    /// <param name="text">The text (never personal data).</param>
    /// <returns>The argument.</returns>
    public static ViolationArgument Text(string name, string text) =>
        new(Guard.Against.NullOrWhiteSpace(name), ViolationArgumentKind.Text, Guard.Against.Null(text));

    /// <summary>A number argument.</summary>
    /// <param name="name">The argument's name.</param>
    /// <param name="number">The number.</param>
    /// <returns>The argument.</returns>
    public static ViolationArgument Number(string name, long number) =>
        new(Guard.Against.NullOrWhiteSpace(name), ViolationArgumentKind.Number, number.ToString(CultureInfo.InvariantCulture));

    /// <summary>A date argument.</summary>
    /// <param name="name">The argument's name.</param>
    /// <param name="date">The date.</param>
    /// <returns>The argument.</returns>
    public static ViolationArgument Date(string name, LocalDate date) =>
        new(Guard.Against.NullOrWhiteSpace(name), ViolationArgumentKind.Date, IsoDate.Format(date));

    /// <summary>A period argument.</summary>
    /// <param name="name">The argument's name.</param>
    /// <param name="period">The period, both ends included.</param>
    /// <returns>The argument.</returns>
    public static ViolationArgument Period(string name, DateInterval period)
    {
        Guard.Against.Null(period);
        return new(Guard.Against.NullOrWhiteSpace(name), ViolationArgumentKind.Period, IsoDate.Format(period.Start) + "/" + IsoDate.Format(period.End));
    }

    /// <summary>A topic argument.</summary>
    /// <param name="name">The argument's name.</param>
    /// <param name="code">The topic's code.</param>
    /// <param name="title">The Russian title from the organisation's catalogue, if the topic is in it.</param>
    /// <returns>The argument.</returns>
    public static ViolationArgument Topic(string name, string code, string? title = null) =>
        new(Guard.Against.NullOrWhiteSpace(name), ViolationArgumentKind.Topic, Guard.Against.Null(code), title);

    /// <summary>An argument listing several topics.</summary>
    /// <param name="name">The argument's name.</param>
    /// <param name="topics">Each topic's code and, if known, its Russian title.</param>
    /// <returns>The argument.</returns>
    public static ViolationArgument Topics(string name, IEnumerable<(string Code, string? Title)> topics)
    {
        var list = Guard.Against.Null(topics).ToArray();
        var titles = list.All(t => t.Title is not null) ? string.Join(", ", list.Select(t => "«" + t.Title + "»")) : null;
        return new(Guard.Against.NullOrWhiteSpace(name), ViolationArgumentKind.Topics, string.Join(",", list.Select(t => t.Code)), titles);
    }

    /// <summary>A term argument: a member of one of the domain's enumerations.</summary>
    /// <typeparam name="TEnum">The enumeration, e.g. <c>MentorshipForm</c>.</typeparam>
    /// <param name="name">The argument's name.</param>
    /// <param name="value">The member.</param>
    /// <returns>The argument, with the value <c>Type.Member</c>.</returns>
    public static ViolationArgument Term<TEnum>(string name, TEnum value)
        where TEnum : struct, Enum =>
        new(Guard.Against.NullOrWhiteSpace(name), ViolationArgumentKind.Term, typeof(TEnum).Name + "." + value);

    /// <summary>The value of a date argument.</summary>
    /// <returns>The date.</returns>
    /// <exception cref="InvalidOperationException">The argument is not a date.</exception>
    public LocalDate AsDate() => Kind == ViolationArgumentKind.Date
        ? IsoDate.Parse(Value).GetValueOrThrow()
        : throw new InvalidOperationException($"The argument {Name} is a {Kind}, not a date.");

    /// <summary>The value of a period argument.</summary>
    /// <returns>The period.</returns>
    /// <exception cref="InvalidOperationException">The argument is not a period.</exception>
    public DateInterval AsPeriod()
    {
        if (Kind != ViolationArgumentKind.Period)
        {
            throw new InvalidOperationException($"The argument {Name} is a {Kind}, not a period.");
        }

        var slash = Value.IndexOf('/');
        return new DateInterval(IsoDate.Parse(Value.Substring(0, slash)).GetValueOrThrow(), IsoDate.Parse(Value.Substring(slash + 1)).GetValueOrThrow());
    }

    /// <summary>The value of a number argument.</summary>
    /// <returns>The number.</returns>
    /// <exception cref="InvalidOperationException">The argument is not a number.</exception>
    public long AsNumber() => Kind == ViolationArgumentKind.Number
        ? long.Parse(Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
        : throw new InvalidOperationException($"The argument {Name} is a {Kind}, not a number.");
}
