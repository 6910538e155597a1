using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Roadmap;

/// <summary>A section of a roadmap, numbered with a Roman numeral («I. Нормативно-правовое регулирование…»). Immutable.</summary>
public sealed class RoadmapSection
{
    private static readonly Regex RomanPattern = new("^[IVXLC]{1,8}$", RegexOptions.CultureInvariant);

    private RoadmapSection(string number, string title, IReadOnlyList<RoadmapActivity> activities)
    {
        Number = number;
        Title = title;
        Activities = activities;
    }

    /// <summary>The Roman numeral, e.g. «II».</summary>
    public string Number { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The section's activities, in order.</summary>
    public IReadOnlyList<RoadmapActivity> Activities { get; }

    /// <summary>Creates a section.</summary>
    /// <param name="number">The Roman numeral (I, II, …), with or without a trailing dot.</param>
    /// <param name="title">The title.</param>
    /// <param name="activities">The activities.</param>
    /// <returns>The section.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <exception cref="System.ArgumentException">The numeral is malformed or the title blank.</exception>
    public static RoadmapSection Create(string number, string title, IEnumerable<RoadmapActivity> activities)
    {
        Guard.Against.NullOrWhiteSpace(number);
        Guard.Against.NullOrWhiteSpace(title);
        Guard.Against.Null(activities);
        var numeral = number.Trim().TrimEnd('.');
        if (!RomanPattern.IsMatch(numeral))
        {
            throw new System.ArgumentException("A section number is a Roman numeral.", nameof(number));
        }

        return new RoadmapSection(numeral, title.Trim(), activities.Select(a => Guard.Against.Null(a, nameof(activities))).ToArray());
    }

    /// <inheritdoc />
    public override string ToString() => $"{Number}. {Title}";
}
