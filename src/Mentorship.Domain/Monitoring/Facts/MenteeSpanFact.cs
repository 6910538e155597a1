using Ardalis.GuardClauses;
using Mentorship.Domain.People;
using NodaTime;

namespace Mentorship.Domain.Monitoring.Facts;

/// <summary>
/// The days one mentee is in a programme, both ends included: from <see cref="From"/> (the programme's start, or the
/// day they joined a running group) through <see cref="Through"/> (the day they left the group), or to the
/// programme's own last day when <see cref="Through"/> is <see langword="null"/>. Immutable.
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

    /// <summary>The mentee.</summary>
    public EducatorId Mentee { get; }

    /// <summary>The mentee's first day in the programme.</summary>
    public LocalDate From { get; }

    /// <summary>The mentee's last day in the programme, or <see langword="null"/> for the programme's own last day.</summary>
    public LocalDate? Through { get; }

    /// <inheritdoc />
    public override string ToString() => $"MenteeSpan {Mentee} from {From:uuuu-MM-dd}";
}
