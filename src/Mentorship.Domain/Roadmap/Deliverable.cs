using Ardalis.GuardClauses;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// A document or result an activity must produce (the table's «Результат, вид документа»), with its own timing
/// when the table gives one in brackets, as «(апрель)». Immutable.
/// </summary>
public sealed class Deliverable
{
    private Deliverable(int index, string title, string? timingText, Timing? timing)
    {
        Index = index;
        Title = title;
        TimingText = timingText;
        Timing = timing;
    }

    /// <summary>The deliverable's position in its activity, from 1.</summary>
    public int Index { get; }

    /// <summary>The title as written, without its number and without its bracketed timing.</summary>
    public string Title { get; }

    /// <summary>The bracketed timing as written (without brackets), or null when the table gives none.</summary>
    public string? TimingText { get; }

    /// <summary>The deliverable's own timing, or null; see <see cref="RoadmapActivity.TimingOf"/> for the one that applies.</summary>
    public Timing? Timing { get; }

    /// <summary>Creates a deliverable.</summary>
    /// <param name="index">Its position, from 1.</param>
    /// <param name="title">The title.</param>
    /// <param name="timingText">The bracketed timing as written, or null.</param>
    /// <returns>The deliverable.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="title"/> is blank, or <paramref name="timingText"/> is not a readable timing.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="index"/> is less than 1.</exception>
    public static Deliverable Create(int index, string title, string? timingText = null) =>
        Create(index, title, timingText, HalfYearBasis.SchoolYear);

    /// <summary>Creates a deliverable, reading its timing with the given half-year basis.</summary>
    /// <param name="index">Its position, from 1.</param>
    /// <param name="title">The title.</param>
    /// <param name="timingText">The bracketed timing as written, or null.</param>
    /// <param name="halfYears">Which halves «I полугодие» and «II полугодие» name when the timing does not say.</param>
    /// <returns>The deliverable.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="title"/> is blank, or <paramref name="timingText"/> is not a readable timing.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="index"/> is less than 1.</exception>
    public static Deliverable Create(int index, string title, string? timingText, HalfYearBasis halfYears)
    {
        Guard.Against.OutOfRange(index, nameof(index), 1, int.MaxValue);
        Guard.Against.NullOrWhiteSpace(title);
        Timing? timing = null;
        if (timingText is not null)
        {
            var parsed = RussianTimingParser.Parse(timingText, halfYears);
            if (!parsed.IsSuccess)
            {
                throw new System.ArgumentException($"The timing is not readable: {parsed.Failure.Message}", nameof(timingText));
            }

            timing = parsed.Timing;
        }

        return new Deliverable(index, title.Trim(), timingText?.Trim(), timing);
    }

    /// <inheritdoc />
    public override string ToString() => TimingText is null ? $"{Index}. {Title}" : $"{Index}. {Title} ({TimingText})";
}
