using System.Collections.Generic;
using System.Linq;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// A roadmap («дорожная карта») of the mentorship system: sections of numbered activities, each with a timing,
/// responsible parties and deliverables (domain guide §5). Read one from a table with
/// <see cref="RoadmapTableImporter"/>, render it with <see cref="RoadmapMarkdownRenderer"/>, and schedule a year
/// with <see cref="RoadmapScheduler"/>. Immutable.
/// </summary>
public sealed class MentorshipRoadmap
{
    private MentorshipRoadmap(IReadOnlyList<RoadmapSection> sections)
    {
        Sections = sections;
        Activities = [.. sections.SelectMany(s => s.Activities)];
    }

    /// <summary>The sections, in order.</summary>
    public IReadOnlyList<RoadmapSection> Sections { get; }

    /// <summary>Every activity, in table order.</summary>
    public IReadOnlyList<RoadmapActivity> Activities { get; }

    /// <summary>Creates a roadmap.</summary>
    /// <param name="sections">The sections; their numerals and their activities' numbers must not repeat.</param>
    /// <returns>The roadmap.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="sections"/> or one of them is null.</exception>
    /// <exception cref="System.ArgumentException">A section numeral or an activity number repeats.</exception>
    public static MentorshipRoadmap Create(IEnumerable<RoadmapSection> sections)
    {
        Guard.Against.Null(sections);
        var list = sections.Select(s => Guard.Against.Null(s, nameof(sections))).ToArray();
        if (list.Select(s => s.Number).Distinct(System.StringComparer.Ordinal).Count() != list.Length)
        {
            throw new System.ArgumentException("Section numbers repeat.", nameof(sections));
        }

        var numbers = list.SelectMany(s => s.Activities).Select(a => a.Number).ToArray();
        if (numbers.Distinct(System.StringComparer.Ordinal).Count() != numbers.Length)
        {
            throw new System.ArgumentException("Activity numbers repeat.", nameof(sections));
        }

        return new MentorshipRoadmap(list);
    }

    /// <summary>The activity with the given number, or null.</summary>
    /// <param name="number">The number, e.g. «2.1» (a trailing dot is ignored).</param>
    /// <returns>The activity, or null.</returns>
    public RoadmapActivity? FindActivity(string number) =>
        number is null ? null : Activities.FirstOrDefault(a => a.Number == number.Trim().TrimEnd('.'));

    /// <summary>The section an activity belongs to.</summary>
    /// <param name="activity">One of the roadmap's activities.</param>
    /// <returns>Its section.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="activity"/> is not in this roadmap.</exception>
    public RoadmapSection SectionOf(RoadmapActivity activity)
    {
        Guard.Against.Null(activity);
        return Sections.FirstOrDefault(s => s.Activities.Contains(activity))
            ?? throw new System.ArgumentException("The activity is not in this roadmap.", nameof(activity));
    }
}
