using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;

namespace Mentorship.Domain.Roadmap;

/// <summary>
/// One row of a roadmap: number, title, timing, the responsible parties and the deliverables. Immutable.
/// </summary>
public sealed class RoadmapActivity
{
    private static readonly Regex NumberPattern = new(@"^\d{1,3}(\.\d{1,3}){0,3}$", RegexOptions.CultureInvariant);

    private RoadmapActivity(
        string number,
        string title,
        string timingText,
        Timing timing,
        IReadOnlyList<ResponsibleParty> responsible,
        string? deliverablesPreamble,
        IReadOnlyList<Deliverable> deliverables)
    {
        Number = number;
        Title = title;
        TimingText = timingText;
        Timing = timing;
        Responsible = responsible;
        DeliverablesPreamble = deliverablesPreamble;
        Deliverables = deliverables;
    }

    /// <summary>The activity's number, e.g. «2.1» (a trailing dot in the table is dropped).</summary>
    public string Number { get; }

    /// <summary>The title («Наименование мероприятия»).</summary>
    public string Title { get; }

    /// <summary>The timing cell as written, e.g. «Ежегодно апрель - сентябрь».</summary>
    public string TimingText { get; }

    /// <summary>The timing read from <see cref="TimingText"/>; an <see cref="UnrecognisedTiming"/> (no dates) when a lenient import could not read it.</summary>
    public Timing Timing { get; }

    /// <summary>The responsible parties, in the order written, without repeats.</summary>
    public IReadOnlyList<ResponsibleParty> Responsible { get; }

    /// <summary>Text of the result cell before its numbered list, e.g. «Подготовка и принятие нормативных правовых актов:», or null.</summary>
    public string? DeliverablesPreamble { get; }

    /// <summary>The deliverables, in order, numbered from 1; may be empty.</summary>
    public IReadOnlyList<Deliverable> Deliverables { get; }

    /// <summary>Creates an activity, reading its timing with <see cref="RussianTimingParser.Parse(string?)"/>.</summary>
    /// <param name="number">The number: one to four dot-separated groups of digits, e.g. «2.1».</param>
    /// <param name="title">The title.</param>
    /// <param name="timingText">The timing as written; it must be readable by <see cref="RussianTimingParser"/>.</param>
    /// <param name="responsible">The responsible parties.</param>
    /// <param name="deliverables">The deliverables; their indexes must run 1, 2, 3….</param>
    /// <param name="deliverablesPreamble">Text before the deliverables' list, if any.</param>
    /// <returns>The activity.</returns>
    /// <exception cref="System.ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="System.ArgumentException">A malformed number, a blank title, an unreadable timing, or deliverables out of order.</exception>
    public static RoadmapActivity Create(
        string number,
        string title,
        string timingText,
        IEnumerable<ResponsibleParty> responsible,
        IEnumerable<Deliverable> deliverables,
        string? deliverablesPreamble = null)
    {
        Guard.Against.Null(timingText);
        var parsed = RussianTimingParser.Parse(timingText);
        if (!parsed.IsSuccess)
        {
            throw new System.ArgumentException($"The timing is not readable: {parsed.Failure.Message}", nameof(timingText));
        }

        return Create(number, title, timingText, parsed.Timing, responsible, deliverables, deliverablesPreamble);
    }

    /// <summary>
    /// Creates an activity with a timing already read: by <see cref="RussianTimingParser.Parse(string?, HalfYearBasis)"/>
    /// with the caller's half-year basis, or an <see cref="UnrecognisedTiming"/> of the text when it could not be read.
    /// </summary>
    /// <param name="number">The number: one to four dot-separated groups of digits, e.g. «2.1».</param>
    /// <param name="title">The title.</param>
    /// <param name="timingText">The timing as written.</param>
    /// <param name="timing">The timing read from <paramref name="timingText"/>; an unrecognised one must keep that text.</param>
    /// <param name="responsible">The responsible parties.</param>
    /// <param name="deliverables">The deliverables; their indexes must run 1, 2, 3….</param>
    /// <param name="deliverablesPreamble">Text before the deliverables' list, or null.</param>
    /// <returns>The activity.</returns>
    /// <exception cref="System.ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="System.ArgumentException">
    /// A malformed number, a blank title, an unrecognised timing of another text, or deliverables out of order.
    /// </exception>
    public static RoadmapActivity Create(
        string number,
        string title,
        string timingText,
        Timing timing,
        IEnumerable<ResponsibleParty> responsible,
        IEnumerable<Deliverable> deliverables,
        string? deliverablesPreamble)
    {
        Guard.Against.NullOrWhiteSpace(number);
        Guard.Against.NullOrWhiteSpace(title);
        Guard.Against.Null(timingText);
        Guard.Against.Null(timing);
        Guard.Against.Null(responsible);
        Guard.Against.Null(deliverables);
        var trimmedNumber = number.Trim().TrimEnd('.');
        if (!NumberPattern.IsMatch(trimmedNumber))
        {
            throw new System.ArgumentException("An activity number is dot-separated digits, such as 2.1.", nameof(number));
        }

        if (timing is UnrecognisedTiming unrecognised && unrecognised.Text != timingText.Trim())
        {
            throw new System.ArgumentException("An unrecognised timing keeps the activity's timing text.", nameof(timing));
        }

        var items = deliverables.ToArray();
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is null || items[i].Index != i + 1)
            {
                throw new System.ArgumentException("Deliverables are numbered 1, 2, 3… in order.", nameof(deliverables));
            }
        }

        var parties = responsible.Select(p => Guard.Against.Null(p, nameof(responsible))).Distinct().ToArray();
        var preamble = string.IsNullOrWhiteSpace(deliverablesPreamble) ? null : deliverablesPreamble!.Trim();
        return new RoadmapActivity(trimmedNumber, title.Trim(), timingText.Trim(), timing, parties, preamble, items);
    }

    /// <summary>
    /// The timing that applies to <paramref name="deliverable"/>: its own bracketed timing (taking the year of the
    /// activity's dated range when it names none: «(апрель)» in «Апрель-август 2022» is April 2022); otherwise, when the
    /// activity's cell lists several timings and as many as there are deliverables, the one in the same
    /// position; otherwise the activity's timing.
    /// </summary>
    /// <param name="deliverable">One of this activity's deliverables.</param>
    /// <returns>The timing.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="deliverable"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="deliverable"/> is not this activity's.</exception>
    public Timing TimingOf(Deliverable deliverable)
    {
        Guard.Against.Null(deliverable);
        if (!Deliverables.Contains(deliverable))
        {
            throw new System.ArgumentException("The deliverable is not this activity's.", nameof(deliverable));
        }

        if (deliverable.Timing is not null)
        {
            return TimingYearAnchor.Anchor(deliverable.Timing, Timing);
        }

        if (Timing is CompositeTiming composite && composite.Parts.Count == Deliverables.Count)
        {
            return composite.Parts[deliverable.Index - 1];
        }

        return Timing;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Number} {Title}";
}
