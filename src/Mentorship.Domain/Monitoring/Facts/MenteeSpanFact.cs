using Ardalis.GuardClauses;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Facts;

/// <summary>
/// The days one mentee is in a programme, both ends included: from <see cref="From"/> (the programme's start, or the
/// day they joined a running group) through <see cref="Through"/> (the day they left the group), or to the
/// programme's own last day when <see cref="Through"/> is <see langword="null"/>. Immutable. The one definition of a
/// mentee's days in a programme: a <see cref="ProgrammeFact"/> keeps each mentee's span resolved against its closing
/// day, and the per-mentee index and indicators read those.
/// </summary>
public sealed class MenteeSpanFact
{
    /// <summary>Creates a span.</summary>
    /// <param name="mentee">The mentee.</param>
    /// <param name="from">The mentee's first day in the programme.</param>
    /// <param name="through">
    /// The mentee's last day in the programme (released or moved while it goes on), or <see langword="null"/> when they
    /// stay to its end.
    /// </param>
    /// <exception cref="System.ArgumentException"><paramref name="mentee"/> is the default value or the span is reversed.</exception>
    public MenteeSpanFact(EducatorId mentee, LocalDate from, LocalDate? through = null)
    {
        Guard.Against.Default(mentee);
        if (through is { } last && last < from)
        {
            throw new System.ArgumentException("The span ends before it starts.", nameof(through));
        }

        Mentee = mentee;
        From = from;
        Through = through;
    }

    /// <summary>A span resolved against its programme: the days as given, with the mentee's last day cut by the closing day.</summary>
    internal MenteeSpanFact(MenteeSpanFact given, ProgrammeFact programme)
    {
        Mentee = given.Mentee;
        From = given.From;
        Through = given.Through;
        Programme = programme;
        Left = given.Through is { } t && (programme.ClosedOn is not { } closing || t < closing);
        LastDay = Left ? given.Through : programme.ClosedOn;
    }

    /// <summary>The mentee.</summary>
    public EducatorId Mentee { get; }

    /// <summary>The mentee's first day in the programme.</summary>
    public LocalDate From { get; }

    /// <summary>The mentee's last day in the programme, or <see langword="null"/> for the programme's own last day.</summary>
    public LocalDate? Through { get; }

    /// <summary>The programme the span was resolved against (only resolved spans are read through it: those of <see cref="ProgrammeFact.MenteeSpans"/>).</summary>
    internal ProgrammeFact Programme { get; } = null!;

    /// <summary>The mentee's last day: the day they left, else the programme's closing day; <see langword="null"/> while both go on.</summary>
    internal LocalDate? LastDay { get; }

    /// <summary>Whether the mentee left before the programme's closing day (released or moved), so did not see it closed.</summary>
    internal bool Left { get; }

    /// <summary>Whether the mentee is in the programme on a date (a resolved span).</summary>
    internal bool IsOn(LocalDate on) => From <= on && (LastDay is not { } last || on <= last);

    /// <summary>Whether the mentee is in the programme on at least one day of a period (a resolved span).</summary>
    internal bool IsDuring(LocalDate periodStart, LocalDate periodEnd) => From <= periodEnd && (LastDay is not { } last || last >= periodStart);

    /// <inheritdoc />
    public override string ToString() => $"MenteeSpan {Mentee} from {From:uuuu-MM-dd}";
}
