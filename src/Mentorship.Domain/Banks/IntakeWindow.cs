using System;
using NodaTime;

namespace Mentorship.Domain.Banks;

/// <summary>
/// The yearly window in which entries are made into a bank: by default 1 April to 30 September, as the
/// seed's roadmap sets for items 2.1 and 2.2. Both ends are included. The window lies within one calendar
/// year (its start is not after its end).
/// </summary>
public sealed class IntakeWindow : IEquatable<IntakeWindow>
{
    /// <summary>Creates a window.</summary>
    /// <param name="start">The first day of the window each year.</param>
    /// <param name="end">The last day of the window each year, not before <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException">The end comes before the start.</exception>
    public IntakeWindow(AnnualDate start, AnnualDate end)
    {
        if (end < start)
        {
            throw new ArgumentException("The window's end cannot come before its start within the year.", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>The seed's window: every year 1 April – 30 September.</summary>
    public static IntakeWindow Default { get; } = new(new AnnualDate(4, 1), new AnnualDate(9, 30));

    /// <summary>The first day each year.</summary>
    public AnnualDate Start { get; }

    /// <summary>The last day each year.</summary>
    public AnnualDate End { get; }

    /// <summary>The window's dates in a year, both ends included (29 February falls back to 28 in other years).</summary>
    /// <param name="year">The year.</param>
    /// <returns>The interval.</returns>
    public DateInterval For(int year) => new(Start.InYear(year), End.InYear(year));

    /// <summary>Whether a date lies inside the window of a year.</summary>
    /// <param name="year">The intake year.</param>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> if inside, both ends included.</returns>
    public bool Contains(int year, LocalDate date) => For(year).Contains(date);

    /// <inheritdoc />
    public bool Equals(IntakeWindow? other) => other is not null && Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IntakeWindow);

    /// <inheritdoc />
    public override int GetHashCode() => (Start, End).GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"{Start:MM-dd}..{End:MM-dd}";
}
