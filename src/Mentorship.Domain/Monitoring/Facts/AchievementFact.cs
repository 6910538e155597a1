using Ardalis.GuardClauses;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Facts;

/// <summary>An educator's achievement on a date: a new category, a contest, an open lesson or a publication. Immutable.</summary>
public sealed class AchievementFact
{
    /// <summary>Creates an achievement.</summary>
    /// <param name="educator">Whose.</param>
    /// <param name="on">The date.</param>
    /// <param name="kind">What kind.</param>
    /// <param name="title">What it was, e.g. the contest's name; optional.</param>
    /// <exception cref="System.ArgumentException">The educator is the default value or the kind unknown.</exception>
    public AchievementFact(EducatorId educator, LocalDate on, AchievementKind kind, string? title = null)
    {
        Guard.Against.Default(educator);
        Educator = educator;
        On = on;
        Kind = Guard.Against.EnumOutOfRange(kind);
        Title = string.IsNullOrWhiteSpace(title) ? null : title!.Trim();
    }

    /// <summary>Whose.</summary>
    public EducatorId Educator { get; }

    /// <summary>The date.</summary>
    public LocalDate On { get; }

    /// <summary>What kind.</summary>
    public AchievementKind Kind { get; }

    /// <summary>What it was, or <see langword="null"/>.</summary>
    public string? Title { get; }

    /// <inheritdoc />
    public override string ToString() => $"Achievement {Kind} of {Educator} on {On:uuuu-MM-dd}";
}
